using FsCheck;
using FsCheck.Fluent;

namespace Marac.Forms.TestData;

/// <content>Generators for the MARAC referral.</content>
public sealed partial class FormGenerators
{
    /// <summary>The reasons for a referral.</summary>
    public Gen<ReferralReasons> ReferralReasons { get; }

    /// <summary>A MARAC referral.</summary>
    public Gen<MaracReferral> MaracReferral { get; }

    private Gen<ReferralReasons> CreateReferralReasons() =>
        from visible in Flag
        from score in OptionalValue(ValueGenerators.Integer)
        from dashOn in Date
        from judgement in Flag
        from concern in OptionalText()
        from escalation in Flag
        from incidents in OptionalValue(ValueGenerators.Integer)
        from repeat in Flag
        from lastDate in Date
        from lastCase in OptionalText(Gen.Frequency((3, Gen.Choose(1, 99999).Select(n => "MARAC/EX/" + n)), (1, Text)))
        from latest in Date
        from additional in OptionalText()
        select new ReferralReasons
        {
            VisibleHighRisk = visible,
            DashScore = score,
            DashCompletedOn = dashOn,
            ProfessionalJudgement = judgement,
            ProfessionalJudgementConcern = concern,
            PotentialEscalation = escalation,
            PoliceIncidentsInPast12Months = incidents,
            Repeat = repeat,
            LastReferralDate = lastDate,
            LastReferralCaseNumber = lastCase,
            LatestIncidentDate = latest,
            AdditionalInformation = additional,
        };

    private Gen<MaracReferral> CreateMaracReferral()
    {
        var header =
            from area in OptionalText(Gen.Frequency((3, FictionalPlaces.Town.Select(t => t + " MARAC")), (1, Text)))
            from areaEmail in OptionalText(Gen.Frequency((3, FictionalPlaces.Email), (1, Text)))
            from agency in Agency
            from referrer in Practitioner
            from date in Date
            from manager in Practitioner
            from approved in Flag
            from crime in OptionalText(Gen.Frequency((3, Gen.Choose(1, 999999).Select(n => "EX/" + n + "/26")), (1, Text)))
            from officer in OptionalName()
            select new MaracReferral
            {
                MaracArea = area,
                MaracSecureEmail = areaEmail,
                ReferringAgency = agency,
                Referrer = referrer,
                ReferralDate = date,
                LineManager = manager,
                LineManagerApproved = approved,
                CrimeReference = crime,
                OfficerInCharge = officer,
            };

        var people =
            from referral in header
            from victim in VictimDetails
            from perpetrators in ListOf(Perpetrator)
            from children in ListOf(Child)
            from household in OptionalText()
            from reasons in ReferralReasons
            from summary in OptionalText()
            from support in OptionalText()
            from why in OptionalText()
            from idva in Flag
            from others in OptionalText()
            select referral with
            {
                Victim = victim,
                Perpetrators = perpetrators,
                Children = children,
                OtherHouseholdMembersAtRisk = household,
                Reasons = reasons,
                RiskSummary = summary,
                SupportInPlace = support,
                WhyMultiAgencyApproach = why,
                IdvaReferralMade = idva,
                OtherAgenciesInvolved = others,
            };

        return
            from referral in people
            from aware in Flag
            from notAware in OptionalText()
            from consent in Flag
            from sharingReference in OptionalText(Gen.Frequency((3, Gen.Choose(1, 9999).Select(n => "SWC-EX-" + n)), (1, Text)))
            from afraidOf in OptionalText()
            from safe in OptionalText()
            from notSafe in OptionalText()
            from previously in Flag
            from previousDetails in OptionalText()
            from lastMarac in Date
            select referral with
            {
                VictimAwareOfReferral = aware,
                NotAwareReason = notAware,
                ConsentGiven = consent,
                SharingWithoutConsentReference = sharingReference,
                VictimIsAfraidOf = afraidOf,
                SafeToTalkTo = safe,
                NotSafeToTalkTo = notSafe,
                PreviouslyReferredToMarac = previously,
                PreviousMaracDetails = previousDetails,
                DateOfLastMarac = lastMarac,
            };
    }
}
