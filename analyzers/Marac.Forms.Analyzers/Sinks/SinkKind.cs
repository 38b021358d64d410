namespace Marac.Forms.Analyzers.Sinks;

/// <summary>Where data goes when it reaches a sink.</summary>
internal enum SinkKind
{
    /// <summary>A log, the console or a debug/trace listener.</summary>
    Logging,

    /// <summary>A serialiser whose output leaves the process.</summary>
    Serialisation,
}
