using Marac.Forms.Analyzers.Tests.Verification;

namespace Marac.Forms.Analyzers.Tests;

/// <summary>MARAC003 (gender history) and MARAC004 (immigration status): a plain basis is not enough.</summary>
public sealed class StrictRuleTests
{
    private const string Usings = """
        using System.Text.Json;
        using Marac.Forms.DataProtection;

        """;

    [Fact]
    public Task Without_any_basis_only_the_strict_rule_is_reported() => Verify.DiagnosticsAsync(Usings + """
        class C
        {
            void M(Victim v)
            {
                Console.WriteLine({|MARAC003:v.GenderHistory|});
                JsonSerializer.Serialize({|MARAC004:v.ImmigrationStatus|});
                var both = v.GenderHistory + " " + v.ImmigrationStatus;
                Console.WriteLine({|MARAC003:{|MARAC004:both|}|});
            }
        }
        """);

    [Fact]
    public Task A_plain_basis_does_not_cover_them() => Verify.DiagnosticsAsync(Usings + """
        class C
        {
            [LawfulBasis(Article6Basis.PublicTask, "MARAC referral", "Diversity section", "Safety planning")]
            void Attribute(Victim v)
            {
                Console.WriteLine(v.Name);
                Console.WriteLine({|MARAC003:v.GenderHistory|});
                Console.WriteLine({|MARAC004:v.ImmigrationStatus|});
            }

            [LawfulBasis(Article6Basis.PublicTask, "MARAC referral", "Diversity section", "Safety planning", GenderRecognitionExemption = GenderRecognitionExemption.None)]
            void ExplicitNone(Victim v) => Console.WriteLine({|MARAC003:v.GenderHistory|});

            void Parameter(Victim v, LawfulBasis basis) => Console.WriteLine({|MARAC003:v.GenderHistory|});

            void ComputedExemption(Victim v, GenderRecognitionExemption exemption)
            {
                var basis = new LawfulBasis { Article6 = Article6Basis.PublicTask, Reasons = "r", Extent = "e", PermittedUse = "u", GenderRecognitionExemption = exemption };
                using (DisclosureScope.Begin(basis))
                {
                    Console.WriteLine({|MARAC003:v.GenderHistory|});
                }
            }
        }
        """);

    [Fact]
    public Task The_specific_exemption_or_agreement_covers_them() => Verify.DiagnosticsAsync(Usings + """
        class C
        {
            [LawfulBasis(Article6Basis.PublicTask, "Court ordered disclosure", "Gender history", "Proceedings",
                GenderRecognitionExemption = GenderRecognitionExemption.CourtOrderOrProceedings)]
            void Attribute(Victim v) => Console.WriteLine(v.GenderHistory);

            [LawfulBasis(Article6Basis.PublicTask, "MARAC agreed to share with the housing provider", "Status", "Safety", ImmigrationSharingAgreement = "MARAC minute 2026-11/4")]
            void Agreement(Victim v) => JsonSerializer.Serialize(v.ImmigrationStatus);

            [LawfulBasis(Article6Basis.VitalInterests, "MARAC agreed to protect the victim", "Status", "Safety",
                ImmigrationEnforcementAgreement = "MARAC minute 2026-11/5", ImmigrationEnforcementToProtectVictim = true)]
            void EnforcementGate(Victim v) => JsonSerializer.Serialize(v.ImmigrationStatus);

            void Created(Victim v)
            {
                var basis = new LawfulBasis
                {
                    Article6 = Article6Basis.PublicTask,
                    Reasons = "Victim agreed",
                    Extent = "Gender history relevant to safety",
                    PermittedUse = "Safety planning",
                    GenderRecognitionExemption = GenderRecognitionExemption.PersonAgreed,
                };
                using var scope = DisclosureScope.Begin(basis);
                Console.WriteLine(v.GenderHistory);
                Console.WriteLine({|MARAC004:v.ImmigrationStatus|});
            }

            void With(Victim v, LawfulBasis stored)
            {
                using var scope = DisclosureScope.Begin(stored with { ImmigrationSharingAgreement = MaracAgreement.Minute("MARAC minute 2026-11/4") });
                Console.WriteLine(v.ImmigrationStatus);
            }

            void CheckedAtRunTime(Victim v, LawfulBasis fromDecision)
            {
                using (DisclosureScope.Begin(fromDecision.RequireGenderRecognitionExemption().RequireImmigrationSharingAgreement()))
                {
                    Console.WriteLine($"{v.GenderHistory} {v.ImmigrationStatus}");
                }
            }

            void EnforcementCheckedAtRunTime(Victim v, LawfulBasis fromDecision)
            {
                using (DisclosureScope.Begin(fromDecision.RequireImmigrationEnforcementDisclosure()))
                {
                    Console.WriteLine(v.ImmigrationStatus);
                }
            }

            void Redacted(Victim v) => Console.WriteLine(Redact.Value(v.GenderHistory) + Redact.Value(v.ImmigrationStatus));
        }
        """);

    [Fact]
    public Task Half_an_enforcement_gate_or_an_unrecorded_agreement_is_not_an_agreement() => Verify.DiagnosticsAsync(Usings + """
        class C
        {
            [LawfulBasis(Article6Basis.PublicTask, "MARAC agreed", "Status", "Safety", ImmigrationEnforcementAgreement = "MARAC minute 2026-11/5")]
            void AgreementWithoutPurpose(Victim v) => Console.WriteLine({|MARAC004:v.ImmigrationStatus|});

            [LawfulBasis(Article6Basis.PublicTask, "To protect the victim", "Status", "Safety", ImmigrationEnforcementToProtectVictim = true)]
            void PurposeWithoutAgreement(Victim v) => Console.WriteLine({|MARAC004:v.ImmigrationStatus|});

            [LawfulBasis(Article6Basis.PublicTask, "MARAC agreed", "Status", "Safety", ImmigrationSharingAgreement = " ")]
            void BlankReference(Victim v) => Console.WriteLine({|MARAC004:v.ImmigrationStatus|});

            void ComputedAgreement(Victim v, LawfulBasis stored, string minute)
            {
                using var scope = DisclosureScope.Begin(stored with { ImmigrationSharingAgreement = new MaracAgreement { MinuteReference = minute } });
                Console.WriteLine({|MARAC004:v.ImmigrationStatus|});
            }

            void DatedAgreement(Victim v, LawfulBasis stored)
            {
                using var scope = DisclosureScope.Begin(stored with { ImmigrationSharingAgreement = new MaracAgreement { AgreedOn = new Marac.Forms.CalendarDate(2026, 11, 5) } });
                Console.WriteLine(v.ImmigrationStatus);
            }
        }
        """);

    [Fact]
    public Task A_whole_object_holding_them_needs_the_stricter_clearance() => Verify.DiagnosticsAsync(Usings + """
        using System.Text.Json.Serialization;

        sealed class Diversity
        {
            [GenderHistory]
            public string? Details { get; set; }
        }

        sealed class Household
        {
            public string CaseId { get; set; } = "";
            public Diversity Diversity { get; set; } = new();
        }

        sealed class Arrival
        {
            [RestrictedPersonalData]
            public string Name { get; set; } = "";

            [ImmigrationStatus]
            public string? Status { get; set; }
        }

        sealed class Hidden
        {
            [RestrictedPersonalData]
            public string Name { get; set; } = "";

            [GenderHistory, JsonIgnore]
            public string? Details { get; set; }
        }

        class C
        {
            string Direct(Victim v) => JsonSerializer.Serialize({|MARAC003:{|MARAC004:v|}|});

            string Nested(Household h) => JsonSerializer.Serialize({|MARAC003:h|});

            string Listed(List<Arrival> arrivals) => JsonSerializer.Serialize({|MARAC004:arrivals|});

            string Ignored(Hidden h) => JsonSerializer.Serialize({|MARAC002:h|});

            string NoStrictMember(Perpetrator p) => JsonSerializer.Serialize({|MARAC002:p|});

            [LawfulBasis(Article6Basis.PublicTask, "MARAC referral", "The household", "Safety planning")]
            string GeneralBasisOnly(Household h, Perpetrator p) => JsonSerializer.Serialize({|MARAC003:h|}) + JsonSerializer.Serialize({|MARAC007:p|});

            void ParameterBasis(Arrival a, LawfulBasis basis) => JsonSerializer.Serialize({|MARAC004:a|});

            [LawfulBasis(Article6Basis.PublicTask, "Victim agreed", "Gender history", "Safety planning",
                GenderRecognitionExemption = GenderRecognitionExemption.PersonAgreed)]
            string ExemptionOnly(Victim v, Household h) => JsonSerializer.Serialize({|MARAC004:v|}) + JsonSerializer.Serialize(h);

            [LawfulBasis(Article6Basis.PublicTask, "Court order and MARAC agreement", "The whole record", "Proceedings",
                GenderRecognitionExemption = GenderRecognitionExemption.CourtOrderOrProceedings, ImmigrationSharingAgreement = "MARAC minute 2026-11/4")]
            string Both(Victim v, List<Arrival> arrivals) => JsonSerializer.Serialize({|MARAC007:v|}) + JsonSerializer.Serialize(arrivals);

            void CheckedAtRunTime(Household h, LawfulBasis fromDecision)
            {
                using (DisclosureScope.Begin(fromDecision.RequireGenderRecognitionExemption()))
                {
                    JsonSerializer.Serialize(h);
                }
            }
        }
        """);

    [Fact]
    public Task Marac_forms_records_carry_their_own_markings() => Verify.DiagnosticsAsync(Usings + """
        using Marac.Forms;

        class C
        {
            void M(MaracReferral referral, ILoggerLike log)
            {
                Console.WriteLine({|MARAC003:referral.Victim.Diversity.GenderHistoryDetails|});
                Console.WriteLine({|MARAC004:referral.Victim.Diversity.ImmigrationStatus|});
                Console.WriteLine({|MARAC001:referral.Victim.GpPractice|});
                Console.WriteLine({|MARAC001:referral.CrimeReference|});
                Console.WriteLine(referral.MaracArea);
                Console.WriteLine(referral);
                JsonSerializer.Serialize({|MARAC002:referral|});
            }
        }

        interface ILoggerLike
        {
        }
        """);
}
