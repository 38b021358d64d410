using Xunit;

namespace Marac.Forms.TestData.Conformance;

/// <summary>The data-driven form of <see cref="ConformanceFactAttribute"/>: skipped with the install line when a tool is missing, unless <c>MARAC_CONFORMANCE=required</c>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ConformanceTheoryAttribute : TheoryAttribute
{
    /// <summary>Declares the tools the test needs.</summary>
    public ConformanceTheoryAttribute(params string[] tools)
    {
        Tools = tools;
        if (ExternalTools.MissingReason(tools) is { } reason && !ExternalTools.IsRequired)
        {
            Skip = reason + ". Install: " + ExternalTools.InstallLine;
        }
    }

    /// <summary>The tools the test needs.</summary>
    public IReadOnlyList<string> Tools { get; }
}
