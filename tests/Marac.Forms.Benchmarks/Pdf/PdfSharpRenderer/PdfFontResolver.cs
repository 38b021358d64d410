using Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Fonts;
using PdfSharp.Fonts;

namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer;

/// <summary>
/// The PDFsharp font resolver that serves Marac.Forms.Pdf's bundled fonts (and any configured
/// fallback fonts). The renderer installs one automatically when the host has not set a resolver.
/// A host that has its own resolver installs this one itself, passing its own as
/// <c>next</c>: every request for a family that is not ours goes on to it unchanged.
/// </summary>
/// <example>
/// <code>GlobalFontSettings.FontResolver = new PdfFontResolver(new MyAppFontResolver());</code>
/// </example>
internal sealed class PdfFontResolver : IFontResolver
{
    private readonly IFontResolver? _next;

    /// <summary>Creates a resolver that serves only Marac.Forms.Pdf's fonts.</summary>
    public PdfFontResolver()
    {
    }

    /// <summary>Creates a resolver that serves Marac.Forms.Pdf's fonts and passes every other request to <paramref name="next"/>.</summary>
    /// <param name="next">The host's own resolver.</param>
    public PdfFontResolver(IFontResolver next)
    {
        _next = next ?? throw new ArgumentNullException(nameof(next));
    }

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        string? face = FontRegistry.Resolve(familyName, bold, italic);
        return face is not null ? new FontResolverInfo(face) : _next?.ResolveTypeface(familyName, bold, italic);
    }

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) => FontRegistry.GetBytes(faceName) ?? _next?.GetFont(faceName);
}
