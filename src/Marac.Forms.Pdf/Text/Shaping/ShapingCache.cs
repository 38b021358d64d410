using System.Collections.Concurrent;
using Marac.Forms.Pdf.Fonts;

namespace Marac.Forms.Pdf.Text.Shaping;

/// <summary>
/// The runs already shaped, by face, direction, ligature setting, the paragraph around the run and
/// the run's place in it. Each rendering has its own cache for everything it draws, so no value
/// outlives its document; the form's own wording (labels, headings, help: the same in every
/// document of a form) is also kept in one bounded store the whole process shares, so a batch of
/// forms shapes it once. A rendering runs on one thread, so its own cache needs no lock.
/// </summary>
internal sealed class ShapingCache
{
    /// <summary>How many runs of form wording the process keeps; the built-in forms need about a thousand.</summary>
    internal const int SharedCapacity = 16_384;

    private static readonly ConcurrentDictionary<Key, ShapedGlyph[]> SharedWording = new();

    private readonly Dictionary<Key, ShapedGlyph[]> _runs = [];

    /// <summary>The glyphs of a run shaped before, in this document or (for form wording) in any, or null.</summary>
    public ShapedGlyph[]? Find(FontFace face, bool rightToLeft, bool keepLigatures, string context, int start, int end, bool formWording)
    {
        var key = new Key(face, rightToLeft, keepLigatures, context, start, end);
        if (_runs.TryGetValue(key, out ShapedGlyph[]? glyphs))
        {
            return glyphs;
        }

        if (formWording && SharedWording.TryGetValue(key, out glyphs))
        {
            _runs[key] = glyphs;
            return glyphs;
        }

        return null;
    }

    public void Add(FontFace face, bool rightToLeft, bool keepLigatures, string context, int start, int end, ShapedGlyph[] glyphs, bool formWording)
    {
        var key = new Key(face, rightToLeft, keepLigatures, context, start, end);
        _runs[key] = glyphs;
        if (formWording && SharedWording.Count < SharedCapacity)
        {
            SharedWording.TryAdd(key, glyphs);
        }
    }

    /// <summary>True when the process-wide store holds a run shaped in this paragraph text; for tests that no value is kept.</summary>
    internal static bool SharesParagraph(string context) => SharedWording.Keys.Any(k => string.Equals(k.Context, context, StringComparison.Ordinal));

    /// <summary>A run: its face and settings, the paragraph it is shaped in (HarfBuzz sees the rest as context) and where in it the run starts and ends.</summary>
    private readonly record struct Key(FontFace Face, bool RightToLeft, bool KeepLigatures, string Context, int Start, int End);
}
