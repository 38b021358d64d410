using Marac.Forms.Pdf.Fonts;

namespace Marac.Forms.Pdf.Text.Shaping;

/// <summary>
/// The words one document has already shaped, with the glyphs HarfBuzz gave each (clusters counted
/// from the word's start) and whether the result may be joined to its neighbours unchanged. Words
/// repeat throughout a form (labels, options, the footer on every page), so most are shaped once.
/// Safe for use from several threads; each rendering has its own, so no text outlives its document.
/// </summary>
internal sealed class ShapingCache
{
    private readonly Dictionary<Key, Entry> _entries = [];
    private readonly object _gate = new();

    public bool TryGet(FontFace face, bool rightToLeft, bool keepLigatures, string word, out Entry entry)
    {
        lock (_gate)
        {
            return _entries.TryGetValue(new Key(face, rightToLeft, keepLigatures, word), out entry);
        }
    }

    public void Add(FontFace face, bool rightToLeft, bool keepLigatures, string word, Entry entry)
    {
        lock (_gate)
        {
            _entries[new Key(face, rightToLeft, keepLigatures, word)] = entry;
        }
    }

    /// <summary>A shaped word: its glyphs in visual order, and true when its edges are safe to join (HarfBuzz's unsafe-to-concat flag is clear).</summary>
    internal readonly record struct Entry(ShapedGlyph[] Glyphs, bool JoinsSafely);

    private readonly record struct Key(FontFace Face, bool RightToLeft, bool KeepLigatures, string Word);
}
