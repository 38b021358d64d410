namespace Marac.Forms.Cli.Rendering;

/// <summary>Reads <c>--format pdf,docx</c>.</summary>
internal static class OutputFormatParser
{
    internal static bool TryParse(string? text, out OutputFormats formats, out string? error)
    {
        formats = OutputFormats.None;
        error = null;
        foreach (var part in (text ?? string.Empty).Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim().ToLowerInvariant()))
        {
            switch (part)
            {
                case "pdf":
                    formats |= OutputFormats.Pdf;
                    break;
                case "docx":
                case "word":
                    formats |= OutputFormats.Docx;
                    break;
                default:
                    error = $"--format: '{part}' is not a format; use pdf, docx or pdf,docx.";
                    return false;
            }
        }

        if (formats == OutputFormats.None)
        {
            error = "--format: name at least one format: pdf, docx or pdf,docx.";
            return false;
        }

        return true;
    }

    internal static IEnumerable<(OutputFormats Format, string Extension)> Each(OutputFormats formats)
    {
        if (formats.HasFlag(OutputFormats.Pdf))
        {
            yield return (OutputFormats.Pdf, ".pdf");
        }

        if (formats.HasFlag(OutputFormats.Docx))
        {
            yield return (OutputFormats.Docx, ".docx");
        }
    }
}
