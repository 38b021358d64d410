using Marac.Forms.Definitions;
using Marac.Forms.Pdf;

namespace Marac.Forms.Cli.Rendering;

/// <summary>What a render or blank run should produce.</summary>
internal sealed record RenderSettings(OutputFormats Formats, string OutputDirectory, FormOverlay? Overlay, string? Marking, PdfEncryption? Encryption)
{
    /// <summary>The date of the referral to MARAC, for the review or disposal line of forms that do not record it.</summary>
    internal CalendarDate? ReferralDate { get; init; }
}
