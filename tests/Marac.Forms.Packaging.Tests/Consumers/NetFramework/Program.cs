using System;
using System.IO;
using Marac.Forms;
using Marac.Forms.DataProtection;
using Marac.Forms.Json;
using Marac.Forms.Pdf;
using Marac.Forms.Word;

// What a .NET Framework 4.8 agency application does with the packages: build a referral, write and read its JSON,
// validate it, render it to Word and read the Word file back, and render it to PDF (names in Arabic script go
// through HarfBuzz's native library). Each step prints one line the test checks.
internal static class Program
{
    private static int Main()
    {
        var referral = new MaracReferral
        {
            ReferralDate = new CalendarDate(2026, 10, 20),
            Victim = new VictimDetails { Name = new PersonName { GivenNames = "Zofia", FamilyName = "Wiśniewska" } },
            Perpetrators = [new Perpetrator { Name = new PersonName { GivenNames = "Tomasz", FamilyName = "Kowalczyk" } }, new Perpetrator { Name = new PersonName { GivenNames = "يوسف", FamilyName = "حداد" } }],
            Children = [new Child { Name = new PersonName { GivenNames = "Amara", FamilyName = "Okafor" } }, new Child { Name = new PersonName { GivenNames = "Dafydd" } }],
        };
        var basis = LawfulBasis.For(
            Article6Basis.PublicTask,
            reasons: "High risk of serious harm; a multi-agency safety plan is needed",
            extent: "The MARAC referral form",
            permittedUse: "The MARAC meeting and the safety actions it agrees");

        var json = MaracJson.Write(referral, basis);
        var fromJson = MaracJson.Read<MaracReferral>(json).Form;
        Console.WriteLine("json: " + (fromJson == referral ? "equal" : "different"));
        Console.WriteLine("children: " + fromJson.Children.Count);
        Console.WriteLine("validation: " + (fromJson.Validate().IsValid ? "valid" : "problems at " + fromJson.Validate().Problems[0].Path));

        var docx = new WordRenderer().RenderForm(fromJson);
        var fromWord = WordFormReader.Read<MaracReferral>(new MemoryStream(docx));
        Console.WriteLine("word: " + (fromWord == referral ? "equal" : "different"));

        var pdf = new PdfRenderer().RenderForm(fromJson);
        File.WriteAllBytes("referral.pdf", pdf);
        Console.WriteLine("pdf: " + Path.GetFullPath("referral.pdf"));
        return fromJson == referral && fromWord == referral ? 0 : 1;
    }
}
