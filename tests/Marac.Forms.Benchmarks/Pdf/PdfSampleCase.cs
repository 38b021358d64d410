using FsCheck;
using FsCheck.Fluent;
using Marac.Forms.Documents;
using Marac.Forms.TestData;

namespace Marac.Forms.Benchmarks.Pdf;

/// <summary>
/// A fictional case pack built with the real form definitions: one referral, one Dash checklist, one
/// sharing-without-consent record and one disclosure decision, every member filled in. Records are
/// drawn from fixed seeds; characters the PDFsharp renderer could not print (right-to-left and shaped
/// scripts, characters outside DejaVu Sans) are replaced in the values, so every renderer compared
/// draws the same pack.
/// </summary>
internal static class PdfSampleCase
{
    public static IReadOnlyList<FormDocument> Pack { get; } = BuildPack();

    private static List<FormDocument> BuildPack()
    {
        var generators = FormGenerators.FullyPopulated;
        return
        [
            FirstPrintable(generators.MaracReferral),
            FirstPrintable(generators.DashChecklist),
            FirstPrintable(generators.SharingWithoutConsentRecord),
            FirstPrintable(generators.DisclosureDecision),
        ];
    }

    private static FormDocument FirstPrintable<TForm>(Gen<TForm> records)
        where TForm : class
    {
        TForm record = records.Sample(1, new Rnd(2026UL), 30).Single();
        return PackText.Sanitise(FormDocumentBuilder.Build(record));
    }
}
