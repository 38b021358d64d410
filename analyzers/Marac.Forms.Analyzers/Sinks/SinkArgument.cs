using Marac.Forms.Analyzers.Flow;
using Microsoft.CodeAnalysis;

namespace Marac.Forms.Analyzers.Sinks;

/// <summary>A value handed to a sink and how the sink will write it.</summary>
internal readonly struct SinkArgument
{
    public SinkArgument(IOperation value, ExposureMode mode)
    {
        Value = value;
        Mode = mode;
    }

    public IOperation Value { get; }

    public ExposureMode Mode { get; }
}
