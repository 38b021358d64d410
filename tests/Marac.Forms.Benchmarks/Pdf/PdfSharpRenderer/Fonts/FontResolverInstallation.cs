using PdfSharp.Fonts;

namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Fonts;

/// <summary>Puts our resolver into PDFsharp's process-wide setting once, and never replaces a host's resolver.</summary>
internal static class FontResolverInstallation
{
    private static readonly object Gate = new();
    private static volatile bool _verified;

    /// <summary>Ensures PDFsharp will ask a <see cref="PdfFontResolver"/> for fonts.</summary>
    /// <exception cref="InvalidOperationException">The host set a different resolver.</exception>
    public static void Ensure()
    {
        if (_verified && GlobalFontSettings.FontResolver is PdfFontResolver)
        {
            return;
        }

        lock (Gate)
        {
            Ensure(() => GlobalFontSettings.FontResolver, r => GlobalFontSettings.FontResolver = r);
            _verified = true;
        }
    }

    /// <summary>The decision itself, on any setting; tests pass their own so the process-wide one stays untouched.</summary>
    internal static void Ensure(Func<IFontResolver?> get, Action<IFontResolver> set)
    {
        IFontResolver? current = get();
        if (current is null)
        {
            set(new PdfFontResolver());
        }
        else if (current is not PdfFontResolver)
        {
            throw new InvalidOperationException(
                "PDFsharp's process-wide font resolver is already set to " + current.GetType().FullName +
                ". Marac.Forms.Pdf draws with its own bundled fonts and will not replace your resolver. " +
                "Install ours in front of yours before rendering: GlobalFontSettings.FontResolver = new PdfFontResolver(yourResolver); " +
                "it serves Marac.Forms.Pdf's fonts and passes every other request to yours.");
        }
    }
}
