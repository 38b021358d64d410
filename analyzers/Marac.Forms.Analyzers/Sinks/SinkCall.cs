using System.Collections.Generic;

namespace Marac.Forms.Analyzers.Sinks;

/// <summary>A call that writes its arguments somewhere restricted data must not go unrecorded.</summary>
internal sealed class SinkCall
{
    public SinkCall(SinkKind kind, string name, List<SinkArgument> arguments)
    {
        Kind = kind;
        Name = name;
        Arguments = arguments;
    }

    public SinkKind Kind { get; }

    /// <summary>The sink as a reader knows it, for messages ("Serilog", "System.Text.Json").</summary>
    public string Name { get; }

    public List<SinkArgument> Arguments { get; }
}
