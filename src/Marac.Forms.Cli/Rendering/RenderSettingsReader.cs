using Marac.Forms.Definitions;
using Marac.Forms.Pdf;

namespace Marac.Forms.Cli.Rendering;

/// <summary>Turns the shared render options into <see cref="RenderSettings"/>, with plain errors.</summary>
internal static class RenderSettingsReader
{
    internal static bool TryRead(
        string? format,
        string outputDirectory,
        string? variantPath,
        string? marking,
        string? passwordFile,
        out RenderSettings? settings,
        out string? error)
    {
        settings = null;
        if (!OutputFormatParser.TryParse(format, out var formats, out error))
        {
            return false;
        }

        FormOverlay? overlay = null;
        if (variantPath is not null)
        {
            try
            {
                overlay = FormDefinitionLoader.LoadOverlayFile(variantPath);
            }
            catch (FormDefinitionException ex)
            {
                error = ex.Message;
                return false;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error = $"{variantPath}: the variant file cannot be read ({ex.Message}).";
                return false;
            }
        }

        if (marking is not null && string.IsNullOrWhiteSpace(marking))
        {
            error = "--marking: give the marking text, for example OFFICIAL-SENSITIVE.";
            return false;
        }

        PdfEncryption? encryption = null;
        if (passwordFile is not null && !TryReadPasswords(passwordFile, out encryption, out error))
        {
            return false;
        }

        settings = new RenderSettings(formats, outputDirectory, overlay, marking, encryption);
        return true;
    }

    private static bool TryReadPasswords(string path, out PdfEncryption? encryption, out string? error)
    {
        encryption = null;
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = $"{path}: the password file cannot be read ({ex.Message}).";
            return false;
        }

        if (lines.Length != 2)
        {
            error = $"{path}: the password file needs two lines: the password to open the PDF, then a different owner password.";
            return false;
        }

        if (string.Equals(lines[0], lines[1], StringComparison.Ordinal))
        {
            error = $"{path}: the two passwords are the same; the owner password must differ, or anyone who can open the PDF could change it.";
            return false;
        }

        encryption = new PdfEncryption(lines[0], lines[1]);
        error = null;
        return true;
    }
}
