using System.Runtime.InteropServices;
using HarfBuzzSharp;

namespace Marac.Forms.Pdf.Text.Shaping;

/// <summary>
/// A HarfBuzz font made from a font file's bytes (copied into HarfBuzz's own memory), at a scale of
/// one unit per font design unit. HarfBuzz fonts are immutable once made, so one serves every
/// thread; it lives as long as the face that owns it.
/// </summary>
internal sealed class ShapingFont
{
    public ShapingFont(byte[] fontFile)
    {
        GCHandle pinned = GCHandle.Alloc(fontFile, GCHandleType.Pinned);
        try
        {
            using var blob = new Blob(pinned.AddrOfPinnedObject(), fontFile.Length, MemoryMode.Duplicate);
            blob.MakeImmutable();
            var face = new Face(blob, 0);
            face.MakeImmutable();
            Font = new HarfBuzzSharp.Font(face);
            Font.SetScale(face.UnitsPerEm, face.UnitsPerEm);
        }
        finally
        {
            pinned.Free();
        }
    }

    /// <summary>The HarfBuzz font.</summary>
    public HarfBuzzSharp.Font Font { get; }
}
