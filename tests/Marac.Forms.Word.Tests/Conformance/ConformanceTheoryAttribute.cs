namespace Marac.Forms.Word.Tests.Conformance;

/// <summary>A data-driven <see cref="ConformanceFactAttribute"/>: skipped with the install line when the tools are missing, unless MARAC_CONFORMANCE is "required".</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ConformanceTheoryAttribute : TheoryAttribute
{
    public ConformanceTheoryAttribute()
    {
        if (ConformanceTools.MissingReason is { } reason && !ConformanceTools.IsRequired)
        {
            Skip = reason + ". Install with: " + ConformanceTools.InstallLine;
        }
    }
}
