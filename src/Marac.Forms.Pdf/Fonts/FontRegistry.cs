using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Marac.Forms.Pdf.Fonts;

/// <summary>
/// Every face the renderer can draw with: the bundled DejaVu Sans family, the bundled Noto
/// families (each read from the assembly only when a document first needs it), and the fallback
/// fonts hosts configure, kept by a hash of their bytes so the same file is read once.
/// </summary>
internal static class FontRegistry
{
    private static readonly ConcurrentDictionary<string, FontFace> FallbacksByHash = new(StringComparer.Ordinal);
    private static readonly Lazy<BundledFaces> Bundled = new(LoadBundled, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<FontFace>[] ScriptFaces = CreateScriptFaces();

    /// <summary>The bundled regular, bold and italic DejaVu Sans faces.</summary>
    public static BundledFaces BundledFaces => Bundled.Value;

    /// <summary>The bundled Noto face for a script family and style (italic text uses the regular face).</summary>
    public static FontFace ScriptFace(ScriptFamily family, FaceStyle style) =>
        ScriptFaces[ScriptFaceIndex(family, style)].Value;

    /// <summary>True once the family's face for the style has been read; for tests of lazy loading.</summary>
    public static bool IsScriptFaceLoaded(ScriptFamily family, FaceStyle style) =>
        ScriptFaces[ScriptFaceIndex(family, style)].IsValueCreated;

    /// <summary>Registers a fallback font (the same bytes give the same face) and returns its face.</summary>
    public static FontFace RegisterFallback(string displayName, byte[] bytes)
    {
        string hash;
        using (var sha = SHA256.Create())
        {
            hash = BitConverter.ToString(sha.ComputeHash(bytes), 0, 12).Replace("-", string.Empty);
        }

        if (FallbacksByHash.TryGetValue(hash, out FontFace? known))
        {
            return known;
        }

        var face = new FontFace(displayName, FaceStyle.Regular, bytes, TrueTypeMetrics.Read(bytes, displayName));
        return FallbacksByHash.GetOrAdd(hash, face);
    }

    private static int ScriptFaceIndex(ScriptFamily family, FaceStyle style) => ((int)family * 2) + (style == FaceStyle.Bold ? 1 : 0);

    private static Lazy<FontFace>[] CreateScriptFaces()
    {
        var faces = new Lazy<FontFace>[ScriptFamilies.Count * 2];
        for (int f = 0; f < ScriptFamilies.Count; f++)
        {
            var (regular, bold) = ScriptFamilies.Files((ScriptFamily)f);
            faces[f * 2] = new Lazy<FontFace>(() => LoadResource(regular, FaceStyle.Regular), LazyThreadSafetyMode.ExecutionAndPublication);
            faces[(f * 2) + 1] = new Lazy<FontFace>(() => LoadResource(bold, FaceStyle.Bold), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        return faces;
    }

    private static BundledFaces LoadBundled() => new(
        LoadResource("DejaVuSans.ttf", FaceStyle.Regular),
        LoadResource("DejaVuSans-Bold.ttf", FaceStyle.Bold),
        LoadResource("DejaVuSans-Oblique.ttf", FaceStyle.Italic));

    private static FontFace LoadResource(string file, FaceStyle style)
    {
        string resource = "Marac.Forms.Pdf.Fonts." + file;
        using Stream stream = typeof(FontRegistry).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("The bundled font resource " + resource + " is missing from " + typeof(FontRegistry).Assembly.GetName().Name + ".");
        var bytes = new byte[stream.Length];
        int read = 0;
        while (read < bytes.Length)
        {
            int n = stream.Read(bytes, read, bytes.Length - read);
            if (n == 0)
            {
                throw new InvalidOperationException("The bundled font resource " + resource + " is truncated.");
            }

            read += n;
        }

        string name = file.Substring(0, file.Length - 4);
        return new FontFace(name, style, bytes, TrueTypeMetrics.Read(bytes, file));
    }
}
