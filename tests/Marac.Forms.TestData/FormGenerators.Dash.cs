using FsCheck;
using FsCheck.Fluent;

namespace Marac.Forms.TestData;

/// <content>Generators for the Dash risk checklist.</content>
public sealed partial class FormGenerators
{
    /// <summary>An answer to one Dash question, possibly unanswered unless every member is set.</summary>
    public Gen<DashAnswer> DashAnswer { get; }

    /// <summary>An answer to a question a local variant adds.</summary>
    public Gen<LocalDashAnswer> LocalDashAnswer { get; }

    /// <summary>A Dash checklist.</summary>
    public Gen<DashChecklist> DashChecklist { get; }

    private Gen<DashAnswer> CreateDashAnswer() =>
        from response in Optional<DashResponse>()
        from source in OptionalText(Gen.Frequency((3, Gen.Elements("Police officer", "Health visitor", "Neighbour", "School")), (1, Text)))
        from comment in OptionalText()
        select new DashAnswer { Response = response, SourceIfNotVictim = source, Comment = comment };

    private Gen<LocalDashAnswer> CreateLocalDashAnswer() =>
        from id in Gen.Frequency((3, Gen.Choose(1, 9).Select(n => "local-child-" + n)), (1, Text))
        from answer in DashAnswer
        select new LocalDashAnswer { ItemId = id, Answer = answer };

    private Gen<DashChecklist> CreateDashChecklist()
    {
        var answers =
            from victim in OptionalText(Gen.Frequency((3, NameText), (1, Gen.Choose(1, 9999).Select(n => "Client EX-" + n))))
            from completedOn in Date
            from a in Gen.ArrayOf(DashAnswer, DashItems.Count)
            select new DashChecklist
            {
                VictimNameOrCode = victim,
                CompletedOn = completedOn,
                CurrentInjury = a[0],
                VeryFrightened = a[1],
                AfraidOfWhat = a[2],
                Isolated = a[3],
                DepressedOrSuicidal = a[4],
                RecentSeparation = a[5],
                ChildContactConflict = a[6],
                StalkingOrHarassment = a[7],
                PregnantOrRecentBirth = a[8],
                AbuseMoreOften = a[9],
                AbuseGettingWorse = a[10],
                ControllingOrJealous = a[11],
                UsedWeapons = a[12],
                ThreatenedToKill = a[13],
                Strangulation = a[14],
                SexualAbuse = a[15],
                OtherPersonThreat = a[16],
                HurtOthers = a[17],
                AnimalAbuse = a[18],
                FinancialIssues = a[19],
                AbuserProblems = a[20],
                AbuserSuicideThreat = a[21],
                BreachOfOrders = a[22],
                CriminalHistory = a[23],
            };

        var followUps =
            from dash in answers
            from injury in OptionalText()
            from firstInjury in Flag
            from afraid in OptionalText()
            from stalking in OptionalText()
            from intimidating in Flag
            from controlling in OptionalText()
            from killWhom in TickedOptions<ThreatToKillTarget>()
            from killOther in OptionalText()
            from sexualBy in OptionalText()
            from otherThreat in OptionalText()
            select dash with
            {
                CurrentInjuryDetails = injury,
                IsFirstInjury = firstInjury,
                AfraidOfWhatDetails = afraid,
                StalkingDetails = stalking,
                StalkingDeliberatelyIntimidating = intimidating,
                ControllingBehaviourDetails = controlling,
                ThreatenedToKillWhom = killWhom,
                ThreatenedToKillOtherDetails = killOther,
                SexualAbuseByWhom = sexualBy,
                OtherPersonThreatDetails = otherThreat,
            };

        var moreFollowUps =
            from dash in followUps
            from hurtWhom in TickedOptions<HurtOthersTarget>()
            from hurtOther in OptionalText()
            from problems in TickedOptions<AbuserProblemArea>()
            from breached in TickedOptions<BreachedOrderKind>()
            from breachedOther in OptionalText()
            from history in TickedOptions<CriminalHistoryKind>()
            from historyOther in OptionalText()
            select dash with
            {
                HurtOthersWhom = hurtWhom,
                HurtOthersOtherDetails = hurtOther,
                AbuserProblemAreas = problems,
                BreachedOrders = breached,
                BreachedOrdersOtherDetails = breachedOther,
                CriminalHistoryKinds = history,
                CriminalHistoryOtherDetails = historyOther,
            };

        return
            from dash in moreFollowUps
            from otherInfo in OptionalText()
            from weapons in Flag
            from weaponDetails in OptionalText()
            from priorities in OptionalText()
            from grounds in Flag
            from referralMade in Flag
            from risksToChildren in Flag
            from safeguardingMade in Flag
            from safeguardingDate in Date
            from localItems in ListOf(LocalDashAnswer)
            from completedBy in Signature
            select dash with
            {
                OtherRelevantInformation = otherInfo,
                AbuserHasAccessToWeapons = weapons,
                WeaponAccessDetails = weaponDetails,
                VictimSafetyPriorities = priorities,
                ReasonableGroundsToRefer = grounds,
                MaracReferralMade = referralMade,
                RisksToChildren = risksToChildren,
                ChildSafeguardingReferralMade = safeguardingMade,
                ChildSafeguardingReferralDate = safeguardingDate,
                LocalItems = localItems,
                CompletedBy = completedBy,
            };
    }
}
