using Xunit;

namespace Marac.Forms.TestData.Conformance;

/// <summary>
/// A test that reads documents back with real external tools. When a tool is missing it is reported as
/// skipped with the install line, unless <c>MARAC_CONFORMANCE=required</c> (set by .ci/run): then it
/// runs and fails, so a CI machine without the tools cannot pass by skipping.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ConformanceFactAttribute : FactAttribute
{
    /// <summary>Declares the tools the test needs, for example <c>"pdftotext", "soffice"</c>.</summary>
    public ConformanceFactAttribute(params string[] tools)
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
