using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;

namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Fonts;

/// <summary>
/// Every face our resolver serves: the bundled DejaVu Sans family and any fallback fonts a host
/// configured. PDFsharp caches fonts by face name for the life of the process, so a fallback's
/// names carry a hash of its bytes: two different files can never share a name.
/// </summary>
internal static class FontRegistry
{
    /// <summary>The family name of the bundled fonts.</summary>
    public const string BundledFamily = "Marac.Forms.Pdf DejaVu Sans";

    private const string FacePrefix = "Marac.Forms.Pdf:";

    private static readonly ConcurrentDictionary<string, FontFace> FacesByName = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, FontFace> FallbacksByFamily = new(StringComparer.Ordinal);
    private static readonly Lazy<BundledFaces> Bundled = new(LoadBundled, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The bundled regular, bold and italic faces.</summary>
    public static BundledFaces BundledFaces => Bundled.Value;

    /// <summary>Registers a fallback font (idempotent for the same bytes) and returns its face.</summary>
    public static FontFace RegisterFallback(string displayName, byte[] bytes)
    {
        string hash = Convert.ToHexString(SHA256.HashData(bytes), 0, 12);
        string family = "Marac.Forms.Pdf fallback " + hash;
        return FallbacksByFamily.GetOrAdd(family, f =>
        {
            var metrics = TrueTypeMetrics.Read(bytes, displayName);
            var face = new FontFace(FacePrefix + f, f, FaceStyle.Regular, bytes, metrics);
            FacesByName[face.FaceName] = face;
            return face;
        });
    }

    /// <summary>Maps a PDFsharp typeface request to one of our face names, or null when the family is not ours.</summary>
    public static string? Resolve(string familyName, bool bold, bool italic)
    {
        if (string.Equals(familyName, BundledFamily, StringComparison.Ordinal))
        {
            BundledFaces faces = BundledFaces;
            return (bold ? faces.Bold : italic ? faces.Italic : faces.Regular).FaceName;
        }

        return FallbacksByFamily.TryGetValue(familyName, out FontFace? fallback) ? fallback.FaceName : null;
    }

    /// <summary>The bytes of one of our faces, or null when the face is not ours.</summary>
    public static byte[]? GetBytes(string faceName)
    {
        if (faceName.StartsWith(FacePrefix, StringComparison.Ordinal))
        {
            _ = BundledFaces;
            return FacesByName.TryGetValue(faceName, out FontFace? face) ? face.Bytes : null;
        }

        return null;
    }

    private static BundledFaces LoadBundled()
    {
        var faces = new BundledFaces(
            LoadResource("DejaVuSans.ttf", FaceStyle.Regular),
            LoadResource("DejaVuSans-Bold.ttf", FaceStyle.Bold),
            LoadResource("DejaVuSans-Oblique.ttf", FaceStyle.Italic));
        foreach (FontFace face in new[] { faces.Regular, faces.Bold, faces.Italic })
        {
            FacesByName[face.FaceName] = face;
        }

        return faces;
    }

    private static FontFace LoadResource(string file, FaceStyle style)
    {
        string resource = "Marac.Forms.Pdf.Fonts." + file;
        using Stream stream = typeof(Marac.Forms.Pdf.PdfRenderer).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("The bundled font resource " + resource + " is missing from " + typeof(Marac.Forms.Pdf.PdfRenderer).Assembly.GetName().Name + ".");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return new FontFace(FacePrefix + file, BundledFamily, style, bytes, TrueTypeMetrics.Read(bytes, file));
    }
}
