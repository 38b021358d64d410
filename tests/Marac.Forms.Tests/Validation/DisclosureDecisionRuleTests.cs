using Marac.Forms.Tests.Fixtures;

namespace Marac.Forms.Tests.Validation;

/// <summary>
/// A disclosure decision records what seed 002 asks of requests and releases (§3.2, §3.5, §4.1.5, §4.1.6, §4.3):
/// one row per rule, with a decision that breaks it and one that keeps it.
/// </summary>
public sealed class DisclosureDecisionRuleTests
{
    private static readonly ValidationOptions Options = ValidForms.Options;

    private static DisclosureDecision Share => ValidForms.Disclosure();

    private static DisclosureDecision DoNotShare => ValidForms.Disclosure() with
    {
        Outcome = DisclosureOutcome.DoNotShare,
        LawfulBasis = null,
        Method = null,
        OnwardSharingConditions = null,
        ReasonsNotShared = "Not necessary: the landlord's purpose needs none of it.",
    };

    private static readonly DisclosureRequest ThroughChair = new()
    {
        RequestedBy = "Family court adviser, Exampleton (fictional)",
        RequestedOn = new CalendarDate(2026, 10, 15),
        Route = RequestRoute.FamilyCourtThroughMaracChair,
        ChairAgreed = true,
        ChairDecidedOn = new CalendarDate(2026, 10, 20),
    };

    public static TheoryData<string, DisclosureDecision, DisclosureDecision, string> Rules() => new()
    {
        { "The disclosing agency is named", Share with { DisclosingAgency = new Agency() }, Share, "disclosingAgency.name" },
        { "A request records who asked", Share with { Request = ThroughChair with { RequestedBy = null } }, Share with { Request = ThroughChair }, "request.requestedBy" },
        { "A request records when", Share with { Request = ThroughChair with { RequestedOn = null } }, Share with { Request = ThroughChair }, "request.requestedOn" },
        { "A request records its route", Share with { Request = ThroughChair with { Route = null, ChairAgreed = null, ChairDecidedOn = null } }, Share with { Request = ThroughChair }, "request.route" },
        { "Through the chair, the chair's decision is recorded", Share with { Request = ThroughChair with { ChairAgreed = null } }, Share with { Request = ThroughChair }, "request.chairAgreed" },
        { "The chair refused, so it is not shared", Share with { Request = ThroughChair with { ChairAgreed = false } }, DoNotShare with { Request = ThroughChair with { ChairAgreed = false } }, "request.chairAgreed" },
        { "A chair's decision means the request came through the chair", Share with { Request = ThroughChair with { Route = RequestRoute.Direct } }, Share with { Request = ThroughChair with { Route = RequestRoute.ThroughMaracChair } }, "request.route" },
        { "The chair cannot decide before the request", Share with { Request = ThroughChair with { ChairDecidedOn = new CalendarDate(2026, 10, 1) } }, Share with { Request = ThroughChair }, "request.chairDecidedOn" },
        { "Another agency's information needs its agreement recorded", Share with { SupplyingAgency = "Exampleton Health Trust (fictional)" }, Share with { SupplyingAgency = "Exampleton Health Trust (fictional)", SupplyingAgencyAgreed = true }, "supplyingAgencyAgreed" },
        { "Without that agreement it is not shared", Share with { SupplyingAgency = "Exampleton Health Trust (fictional)", SupplyingAgencyAgreed = false }, DoNotShare with { SupplyingAgency = "Exampleton Health Trust (fictional)", SupplyingAgencyAgreed = false }, "supplyingAgencyAgreed" },
        { "A share says whether it may be passed on", Share with { OnwardSharingConditions = null }, Share, "onwardSharingConditions" },
        { "A share has its lawful basis", Share with { LawfulBasis = null }, Share, "lawfulBasis" },
        { "A decision not to share gives its reasons", DoNotShare with { ReasonsNotShared = " " }, DoNotShare, "reasonsNotShared" },
        { "A decision not to share relies on no lawful basis", DoNotShare with { LawfulBasis = Share.LawfulBasis }, DoNotShare, "lawfulBasis" },
        { "A decision not to share has no onward-sharing conditions", DoNotShare with { OnwardSharingConditions = "Housing team only." }, DoNotShare, "onwardSharingConditions" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_rule_reports_the_breach_at_its_path_and_accepts_the_correction(string rule, DisclosureDecision failing, DisclosureDecision passing, string path)
    {
        var report = failing.Validate(Options);

        Assert.True(report.At(path).Any(), rule + ": expected a problem at " + path + ", got: " + report);
        Assert.True(passing.Validate(Options).IsValid, rule + ": " + passing.Validate(Options));
    }
}
