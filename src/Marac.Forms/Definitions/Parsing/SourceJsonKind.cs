namespace Marac.Forms.Definitions.Parsing;

/// <summary>The kind of a value in a definition file.</summary>
internal enum SourceJsonKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}
