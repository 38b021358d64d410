namespace Marac.Forms.Pdf.Fonts;

/// <summary>The scripts drawn with a bundled Noto family instead of DejaVu Sans, in the order of <see cref="ScriptFamilies"/>.</summary>
internal enum ScriptFamily
{
    /// <summary>Arabic script, Urdu and Persian included: Noto Naskh Arabic.</summary>
    Arabic,

    /// <summary>Noto Sans Hebrew.</summary>
    Hebrew,

    /// <summary>Noto Sans Bengali.</summary>
    Bengali,

    /// <summary>Noto Sans Gurmukhi.</summary>
    Gurmukhi,

    /// <summary>Noto Sans Devanagari.</summary>
    Devanagari,

    /// <summary>Noto Sans Tamil.</summary>
    Tamil,
}
