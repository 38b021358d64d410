namespace Marac.Forms.Word.Tests.Conformance;

/// <summary>
/// A test that needs LibreOffice and poppler. Without them it is reported as skipped with the install
/// line, unless the environment variable MARAC_CONFORMANCE is "required": then it runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ConformanceFactAttribute : FactAttribute
{
    public ConformanceFactAttribute()
    {
        if (ConformanceTools.MissingReason is { } reason && !ConformanceTools.IsRequired)
        {
            Skip = reason + ". Install with: " + ConformanceTools.InstallLine;
        }
    }
}
