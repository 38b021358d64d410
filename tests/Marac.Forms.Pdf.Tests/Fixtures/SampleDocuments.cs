using System.Globalization;
using System.Text;
using Marac.Forms.Documents;

namespace Marac.Forms.Pdf.Tests.Fixtures;

/// <summary>Hand-built form documents that look like the real forms: every name, address and case is fictional.</summary>
internal static class SampleDocuments
{
    public const string Marking = "OFFICIAL-SENSITIVE";

    public static readonly FormIdentity Referral = new("marac-referral", "MARAC referral", "1.0", "en-GB");

    /// <summary>A completed referral with a victim, a perpetrator, twelve children, choices, a group and a signature.</summary>
    public static FormDocument CompletedReferral(int childCount = 12, string? longComment = null, IReadOnlyList<string>? extraNames = null)
    {
        var sections = new List<DocumentSection>
        {
            new("referrer", "1. About this referral",
            [
                new TextBlock("Complete every section you can. Send the form only by secure email.", TextStyle.Note),
                Field("referrer.agency", "Referring agency", "Westbrook Housing Association"),
                Field("referrer.name", "Referrer's name", "Siân Llŵyd"),
                Field("referredOn", "Date of referral", "19/10/2026", FieldKind.Date),
            ]),
            new("victim", "2. The person at risk",
            [
                Field("victim.name.givenNames", "Given names", "Zofia"),
                Field("victim.name.familyName", "Family name", "Wiśniewska-Łęcka"),
                Field("victim.dateOfBirth", "Date of birth", "03/02/1991", FieldKind.Date),
                Field("victim.address", "Address", "Flat 4, 17 Larkspur Road\nEastmere\nEM4 9ZZ", FieldKind.MultiLine),
                Field("victim.aliases", "Other names used", "Zosia Łęcka\nZ. Wiśniewska", FieldKind.TextList),
                Choice("victim.safeToContact", "Is it safe to contact the person by phone?", 1, "Yes", "No", "Don't know"),
                new ChoiceBlock("victim.languages", "Languages spoken", "Tick all that apply.", ChoicePresentation.TickBoxes, true,
                [
                    new ChoiceOption("english", "English", true),
                    new ChoiceOption("polish", "Polish", true),
                    new ChoiceOption("other", "Another language (give details in the notes)", false),
                ]),
                new ChoiceBlock("victim.gender", "Gender", null, ChoicePresentation.DropDown, false,
                [
                    new ChoiceOption("female", "Female", true),
                    new ChoiceOption("male", "Male", false),
                ]),
            ]),
            new("children", "3. Children in the household",
            [
                ChildrenTable(childCount),
            ]),
            new("risk", "4. Risk",
            [
                new TextBlock("Dash risk checklist", TextStyle.Subheading),
                new GroupBlock("14.",
                [
                    Choice("dash.threatToKill.response", "Has the abuser ever threatened to kill the person or someone else, and were they believed?", 0, "Yes", "No", "Don't know"),
                    Field("dash.threatToKill.comment", "Comment", "Threats were made in front of the children on two occasions.", FieldKind.MultiLine),
                ]),
                Field("reasons.summary", "Reasons for referral", longComment ?? "Escalating incidents since the separation in July; the person is very frightened.", FieldKind.MultiLine),
            ]),
        };

        if (extraNames is not null)
        {
            sections.Add(new DocumentSection("others", "5. Other people known to the case",
                extraNames.Select((n, i) => (DocumentBlock)Field($"others[{i}].name", "Name", n)).ToArray()));
        }

        sections.Add(new DocumentSection("declaration", "Declaration",
        [
            new SignatureBlock("Signed by the referrer",
                Field("signature.name", "Name", "Siân Llŵyd"),
                Field("signature.role", "Role", "Independent domestic violence adviser"),
                Field("signature.date", "Date", "19/10/2026", FieldKind.Date)),
        ]));

        return new FormDocument(Referral, Marking, "Review or dispose of by 19/10/2027", isBlank: false, sections);
    }

    /// <summary>The same form with nothing filled in: writing space everywhere.</summary>
    public static FormDocument BlankReferral()
    {
        var sections = new List<DocumentSection>
        {
            new("victim", "2. The person at risk",
            [
                Field("victim.name.givenNames", "Given names", null, writingLines: 1),
                Field("victim.dateOfBirth", "Date of birth", null, FieldKind.Date, 1),
                Field("victim.address", "Address", null, FieldKind.MultiLine, 4),
                Choice("victim.safeToContact", "Is it safe to contact the person by phone?", -1, "Yes", "No", "Don't know"),
            ]),
            new("children", "3. Children in the household",
            [
                new TableBlock("children", "Children", ChildColumns(),
                    Enumerable.Range(0, 6).Select(i => new TableRow(ChildColumns().Select(c => new TableCell($"children[{i}].{c.Binding}", null, 2)).ToArray())).ToArray()),
            ]),
            new("declaration", "Declaration",
            [
                new SignatureBlock("Signed by the referrer",
                    Field("signature.name", "Name", null, writingLines: 1),
                    null,
                    Field("signature.date", "Date", null, FieldKind.Date, 1)),
            ]),
        };
        return new FormDocument(Referral, "RESTRICTED WHEN COMPLETE", null, isBlank: true, sections);
    }

    /// <summary>A fictional free-text comment of about the given length, in many paragraphs and scripts.</summary>
    public static string LongComment(int length)
    {
        string[] sentences =
        [
            "The person described a pattern of control over money, phone and friendships that has grown since the spring.",
            "Ayşe Yılmaz, a neighbour, reported hearing shouting late at night on several occasions.",
            "Η κοινωνική λειτουργός Ελένη Παπαδοπούλου επισκέφθηκε το σπίτι δύο φορές.",
            "Ольга Кузнецова из жилищной службы подтвердила жалобы на шум.",
            "Cô Nguyễn Thị Thuỷ đã liên lạc với trường học của các con.",
            "A reference number was given: WHA/2026/000481-ESCALATION-REVIEW-PENDING-CONFIRMATION.",
        ];
        var text = new StringBuilder(length + 200);
        int i = 0;
        while (text.Length < length)
        {
            text.Append(sentences[i % sentences.Length]);
            i++;
            text.Append(i % 7 == 0 ? "\n\n" : " ");
        }

        return text.ToString(0, length).TrimEnd();
    }

    public static FieldBlock Field(string binding, string label, string? value, FieldKind kind = FieldKind.SingleLine, int writingLines = 1) =>
        new(binding, label, null, kind, value, writingLines);

    /// <summary>A Yes/No/Don't know style choice; <paramref name="selected"/> is the index of the chosen option or -1.</summary>
    public static ChoiceBlock Choice(string binding, string label, int selected, params string[] options) =>
        new(binding, label, null, ChoicePresentation.TickBoxes, false,
            options.Select((o, i) => new ChoiceOption(o.ToLowerInvariant(), o, i == selected)).ToArray());

    public static TableColumn[] ChildColumns() =>
    [
        new("name.givenNames", "Given names", FieldKind.SingleLine, 2),
        new("name.familyName", "Family name", FieldKind.SingleLine, 2),
        new("dateOfBirth", "Date of birth", FieldKind.Date, 1.4),
        new("livesWithVictim", "Lives with the person", FieldKind.SingleLine, 1.4, [new("true", "Yes", false), new("false", "No", false)]),
        new("school", "School or nursery", FieldKind.SingleLine, 2.4),
    ];

    private static TableBlock ChildrenTable(int count)
    {
        string[] givenNames = ["Maja", "Kacper", "Elif", "Emre", "Αθηνά", "Γιώργος", "Анастасия", "Богдан", "Thuỷ Tiên", "Đức Anh", "Rhiannon", "Ieuan"];
        string[] schools = ["Larkspur Primary School", "Eastmere Academy", "Little Acorns Nursery", "St Non's Church in Wales Primary", "Brynhyfryd Comprehensive"];
        var rows = new List<TableRow>();
        for (int i = 0; i < count; i++)
        {
            rows.Add(new TableRow(
            [
                new TableCell($"children[{i}].name.givenNames", givenNames[i % givenNames.Length], 1),
                new TableCell($"children[{i}].name.familyName", i % 3 == 0 ? "Wiśniewska-Łęcka" : "Kowalczyk-Papadopoulou", 1),
                new TableCell($"children[{i}].dateOfBirth", new DateTime(2012 + (i % 12), 1 + (i % 12), 1 + i).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), 1),
                new TableCell($"children[{i}].livesWithVictim", i % 4 == 3 ? "No" : "Yes", 1),
                new TableCell($"children[{i}].school", schools[i % schools.Length], 1),
            ]));
        }

        return new TableBlock("children", "Children", ChildColumns(), rows);
    }
}
