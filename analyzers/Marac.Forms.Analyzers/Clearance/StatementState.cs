namespace Marac.Forms.Analyzers.Clearance;

/// <summary>What the compiler knows about one part of a lawful basis (its Article 6 basis, reasons, extent, permitted use).</summary>
internal enum StatementState
{
    /// <summary>Set from a value only known at run time.</summary>
    Unknown,

    /// <summary>Known to be empty: never set, or set to null, "" or white space.</summary>
    Empty,

    /// <summary>Set to text.</summary>
    Stated,
}
