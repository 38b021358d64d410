using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Marac.Forms.TestData;

/// <summary>
/// Invented streets, towns, postcodes, schools, agencies, telephone numbers and email addresses.
/// Postcodes use the area letters "QQ", which no UK postcode has; telephone numbers come from the
/// ranges Ofcom keeps for drama; email domains end in <c>.example</c>; schools and agencies say
/// "(fictional)".
/// </summary>
public static class FictionalPlaces
{
    private static readonly string[] Streets =
    {
        "Example Lane", "Sample Street", "Fictional Road", "Placeholder Close", "Invented Avenue",
        "Heol Enghraifft", "ulica Przykładowa", "Örnek Sokak", "Οδός Παραδείγματος", "улица Примерная", "Đường Ví Dụ",
    };

    private static readonly string[] Towns =
    {
        "Exampleton", "Fairhaven (fictional)", "Lower Sampleford", "Trefenghraifft", "Northwick Example",
    };

    private static readonly string[] Schools =
    {
        "Hillcrest Primary (fictional)", "Brookside Academy (fictional)", "Ysgol Enghraifft (fictional)",
        "St Example's Nursery (fictional)", "Meadowbank High (fictional)",
    };

    private static readonly (string Name, AgencyKind Kind)[] AgencyNames =
    {
        ("Exampleshire Police (fictional)", AgencyKind.Police),
        ("Exampleton Health Trust (fictional)", AgencyKind.Health),
        ("Exampleton Children's Services (fictional)", AgencyKind.ChildrensServices),
        ("Exampleton Adult Social Care (fictional)", AgencyKind.AdultServices),
        ("Sampleford Homes (fictional)", AgencyKind.Housing),
        ("Exampleshire Probation (fictional)", AgencyKind.Probation),
        ("Safe Example IDVA Service (fictional)", AgencyKind.SpecialistDomesticAbuseService),
        ("Hillcrest Primary (fictional)", AgencyKind.Education),
        ("Clearway Recovery (fictional)", AgencyKind.SubstanceMisuseService),
        ("Immigration Enforcement Example Unit (fictional)", AgencyKind.ImmigrationEnforcement),
        ("Exampleton Citizens Advice (fictional)", AgencyKind.Other),
    };

    /// <summary>A street line such as "14 Example Lane".</summary>
    public static Gen<string> StreetLine { get; } =
        from number in Gen.Choose(1, 250)
        from street in Gen.Elements(Streets)
        select number.ToString(CultureInfo.InvariantCulture) + " " + street;

    /// <summary>A fictional town.</summary>
    public static Gen<string> Town { get; } = Gen.Elements(Towns);

    /// <summary>A postcode in the fictional "QQ" area, for example "QQ4 7XY".</summary>
    public static Gen<string> Postcode { get; } =
        from district in Gen.Choose(1, 99)
        from sector in Gen.Choose(0, 9)
        from unit in Gen.Elements("AB", "XY", "ZZ", "QA", "JT", "EX")
        select string.Create(CultureInfo.InvariantCulture, $"QQ{district} {sector}{unit}");

    /// <summary>A fictional school.</summary>
    public static Gen<string> School { get; } = Gen.Elements(Schools);

    /// <summary>A fictional agency name with its kind.</summary>
    public static Gen<(string Name, AgencyKind Kind)> AgencyName { get; } = Gen.Elements(AgencyNames);

    /// <summary>A UK telephone number from the ranges reserved for drama (01632 960xxx, 07700 900xxx).</summary>
    public static Gen<string> Phone { get; } =
        from mobile in Gen.Elements(true, false)
        from last in Gen.Choose(0, 999)
        select (mobile ? "07700 900" : "01632 960") + last.ToString("000", CultureInfo.InvariantCulture);

    /// <summary>An email address at a domain ending in <c>.example</c>.</summary>
    public static Gen<string> Email { get; } =
        from user in Gen.Elements("referrals", "marac", "idva.team", "duty", "a.worker", "safeguarding")
        from domain in Gen.Elements("exampleshire-police.example", "exampleton.example", "safe-idva.example", "sampleford-homes.example")
        select user + "@" + domain;
}
