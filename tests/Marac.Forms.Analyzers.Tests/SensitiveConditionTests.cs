using Marac.Forms.Analyzers.Tests.Verification;

namespace Marac.Forms.Analyzers.Tests;

/// <summary>MARAC007: special category and criminal-offence data need more than an Article 6 basis.</summary>
public sealed class SensitiveConditionTests
{
    private const string Usings = """
        using System.Text.Json;
        using Marac.Forms.DataProtection;

        """;

    [Fact]
    public Task An_article_6_basis_alone_leaves_them() => Verify.DiagnosticsAsync(Usings + """
        class C
        {
            [LawfulBasis(Article6Basis.PublicTask, "MARAC referral", "Health and convictions", "Safety planning")]
            void Attribute(Victim v)
            {
                Console.WriteLine(v.Name);
                Console.WriteLine({|MARAC007:v.Health|});
                JsonSerializer.Serialize({|MARAC007:v.Convictions|});
            }

            void Factory(Victim v)
            {
                using var scope = DisclosureScope.Begin(LawfulBasis.For(Article6Basis.VitalInterests, "Risk to life", "Health", "Emergency care"));
                Console.WriteLine({|MARAC007:v.Health|});
            }

            [LawfulBasis(Article6Basis.PublicTask, "MARAC referral", "Health", "Safety planning", Article9 = Article9Condition.SubstantialPublicInterest)]
            void ConditionWithoutItsSchedule1Condition(Victim v) => Console.WriteLine({|MARAC007:v.Health|});

            [LawfulBasis(Article6Basis.PublicTask, "MARAC referral", "Health", "Safety planning", Article9 = Article9Condition.VitalInterests)]
            void HealthCoveredButNotConvictions(Victim v) => Console.WriteLine(v.Health + {|MARAC007:v.Convictions|});

            void Initialiser(Victim v, Article9Condition computed)
            {
                var basis = new LawfulBasis { Article6 = Article6Basis.PublicTask, Reasons = "r", Extent = "e", PermittedUse = "u", Article9 = computed };
                using var scope = DisclosureScope.Begin(basis);
                Console.WriteLine({|MARAC007:v.Health|});
            }

            [LawfulBasis(Article6Basis.PublicTask, "Perpetrator programme referral", "The perpetrator's record", "Risk management")]
            string WholeObject(Perpetrator p, List<Perpetrator> others) => JsonSerializer.Serialize({|MARAC007:p|}) + JsonSerializer.Serialize({|MARAC007:others|});

            [LawfulBasis(LawEnforcementBasis.NecessaryForLawEnforcementTask, "Police referral", "Health", "Investigation")]
            void PartThreeWithoutSchedule8(Victim v) => Console.WriteLine({|MARAC007:v.Health|} + v.Convictions);
        }
        """);

    [Fact]
    public Task The_conditions_clear_them_and_no_basis_stays_with_the_general_rule() => Verify.DiagnosticsAsync(Usings + """
        class C
        {
            [LawfulBasis(Article6Basis.PublicTask, "MARAC referral", "Health and convictions", "Safety planning",
                Article9 = Article9Condition.SubstantialPublicInterest, Schedule1 = Schedule1Condition.SafeguardingChildrenAndIndividualsAtRisk,
                Article10 = Schedule1Condition.SafeguardingChildrenAndIndividualsAtRisk)]
            void Attribute(Victim v) => Console.WriteLine(v.Health + v.Convictions);

            [LawfulBasis(Article6Basis.VitalInterests, "Risk to life", "Health", "Emergency care", Article9 = Article9Condition.VitalInterests)]
            void NoSchedule1ConditionNeeded(Victim v) => Console.WriteLine(v.Health);

            void Initialiser(Victim v)
            {
                var basis = new LawfulBasis
                {
                    Article6 = Article6Basis.PublicTask, Reasons = "r", Extent = "e", PermittedUse = "u",
                    Article9 = Article9Condition.HealthOrSocialCare, Schedule1 = Schedule1Condition.HealthOrSocialCarePurposes,
                };
                using var scope = DisclosureScope.Begin(basis);
                Console.WriteLine(v.Health);
            }

            void With(Victim v)
            {
                var basis = LawfulBasis.For(Article6Basis.PublicTask, "r", "e", "u") with { Article10 = Schedule1Condition.SafeguardingChildrenAndIndividualsAtRisk };
                using var scope = DisclosureScope.Begin(basis);
                Console.WriteLine(v.Convictions);
            }

            void Stored(Victim v, LawfulBasis fromDecision) => Console.WriteLine(v.Health + v.Convictions);

            void PartThree(Victim v)
            {
                using var scope = DisclosureScope.Begin(LawfulBasis.ForLawEnforcement(LawEnforcementBasis.NecessaryForLawEnforcementTask, "r", "e", "u"));
                Console.WriteLine(v.Convictions);
            }

            [LawfulBasis(Article6Basis.PublicTask, "MARAC referral", "Name", "Safety planning")]
            void NotSensitive(Victim v) => Console.WriteLine(v.Name);

            void NoBasis(Victim v) => Console.WriteLine({|MARAC001:v.Health|});

            [LawfulBasis(Article6Basis.PublicTask, "Perpetrator programme referral", "The perpetrator's record", "Risk management",
                Article10 = Schedule1Condition.SafeguardingChildrenAndIndividualsAtRisk)]
            string WholeObjectCovered(Perpetrator p) => JsonSerializer.Serialize(p);
        }
        """);
}
