namespace Marac.Forms.Pdf.Tests.Support;

/// <summary>
/// A test that reads output back with real tools. When a tool is missing it is reported as
/// skipped with the install line, unless MARAC_CONFORMANCE=required, in which case it runs and fails.
/// </summary>
public sealed class ConformanceFactAttribute : FactAttribute
{
    /// <summary>Requires poppler-utils and qpdf.</summary>
    public ConformanceFactAttribute()
        : this("pdftotext", "pdfinfo", "qpdf")
    {
    }

    /// <summary>Requires the named tools.</summary>
    public ConformanceFactAttribute(params string[] tools)
    {
        string[] missing = tools.Where(t => !ExternalTool.IsInstalled(t)).ToArray();
        if (missing.Length > 0 && !Conformance.IsRequired)
        {
            Skip = "Needs " + string.Join(", ", missing) + ": sudo apt-get install -y poppler-utils qpdf";
        }
    }
}
