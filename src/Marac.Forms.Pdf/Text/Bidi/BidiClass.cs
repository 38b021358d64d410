namespace Marac.Forms.Pdf.Text.Bidi;

/// <summary>The Unicode bidirectional character types (UAX #9, table 4), in the order the generated table numbers them.</summary>
internal enum BidiClass : byte
{
    L,
    R,
    AL,
    EN,
    ES,
    ET,
    AN,
    CS,
    NSM,
    BN,
    B,
    S,
    WS,
    ON,
    LRE,
    LRO,
    RLE,
    RLO,
    PDF,
    LRI,
    RLI,
    FSI,
    PDI,
}
