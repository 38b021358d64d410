using Marac.Forms.Analyzers.CodeFixes;
using Marac.Forms.Analyzers.Tests.Verification;
using Marac.Forms.DataProtection;

namespace Marac.Forms.Analyzers.Tests;

/// <summary>Before/after for both fixes, single and fix-all.</summary>
public sealed class CodeFixTests
{
    private static readonly RedactCodeFixProvider Redact = new();
    private static readonly AddLawfulBasisAttributeCodeFixProvider AddAttribute = new();

    [Fact]
    public Task Redact_wraps_the_value_and_adds_the_using() => Verify.CodeFixAsync(
        """
        using System.Text.Json;

        class C
        {
            void M(Victim v) => Console.WriteLine("Victim " + {|MARAC001:v.Name|});
        }
        """,
        """
        using Marac.Forms.DataProtection;
        using System.Text.Json;

        class C
        {
            void M(Victim v) => Console.WriteLine("Victim " + Redact.Value(v.Name));
        }
        """,
        Redact,
        "MaracRedactValue");

    [Fact]
    public Task Redact_fixes_special_category_data_under_an_article_6_basis_alone() => Verify.CodeFixAsync(
        """
        using Marac.Forms.DataProtection;

        class C
        {
            [LawfulBasis(Article6Basis.PublicTask, "MARAC referral", "Health", "Safety planning")]
            void M(Victim v) => Console.WriteLine({|MARAC007:v.Health|});
        }
        """,
        """
        using Marac.Forms.DataProtection;

        class C
        {
            [LawfulBasis(Article6Basis.PublicTask, "MARAC referral", "Health", "Safety planning")]
            void M(Victim v) => Console.WriteLine(Redact.Value(v.Health));
        }
        """,
        Redact,
        "MaracRedactValue");

    [Fact]
    public Task Redact_inside_an_interpolation_keeps_an_existing_using() => Verify.CodeFixAsync(
        """
        using Marac.Forms.DataProtection;

        class C
        {
            void M(Victim v) => Console.WriteLine($"Victim {{|MARAC003:v.GenderHistory|}}");
        }
        """,
        """
        using Marac.Forms.DataProtection;

        class C
        {
            void M(Victim v) => Console.WriteLine($"Victim {Redact.Value(v.GenderHistory)}");
        }
        """,
        Redact,
        "MaracRedactValue");

    [Fact]
    public Task Redact_fixes_a_ToString_override() => Verify.CodeFixAsync(
        """
        namespace App
        {
            using Marac.Forms.DataProtection;

            public sealed class Person
            {
                [RestrictedPersonalData]
                public string Name { get; set; } = "";

                public override string ToString() => "Person " + {|MARAC006:Name|};
            }
        }
        """,
        """
        namespace App
        {
            using Marac.Forms.DataProtection;

            public sealed class Person
            {
                [RestrictedPersonalData]
                public string Name { get; set; } = "";

                public override string ToString() => "Person " + Redact.Value(Name);
            }
        }
        """,
        Redact,
        "MaracRedactValue");

    [Fact]
    public Task Redact_fix_all_in_a_document() => Verify.CodeFixAsync(
        """
        using Microsoft.Extensions.Logging;

        class C
        {
            void M(ILogger logger, Victim v)
            {
                logger.LogInformation("{Name} {Health}", {|MARAC001:v.Name|}, {|MARAC001:v.Health|});
                Console.WriteLine({|MARAC001:v.Convictions|});
            }
        }
        """,
        """
        using Marac.Forms.DataProtection;
        using Microsoft.Extensions.Logging;

        class C
        {
            void M(ILogger logger, Victim v)
            {
                logger.LogInformation("{Name} {Health}", Redact.Value(v.Name), Redact.Value(v.Health));
                Console.WriteLine(Redact.Value(v.Convictions));
            }
        }
        """,
        Redact,
        "MaracRedactValue",
        incrementalIterations: 3,
        fixAllIterations: 1);

    [Fact]
    public Task Add_attribute_puts_an_incomplete_basis_on_the_method() => Verify.CodeFixAsync(
        """
        class C
        {
            /// <summary>Sends the referral.</summary>
            public void Send(Victim v) => Console.WriteLine({|MARAC001:v.Name|});
        }
        """,
        """
        using Marac.Forms.DataProtection;

        class C
        {
            /// <summary>Sends the referral.</summary>
            [{|MARAC005:LawfulBasis(Article6Basis.PublicTask, reasons: "", extent: "", permittedUse: "")|}]
            public void Send(Victim v) => Console.WriteLine({|MARAC001:v.Name|});
        }
        """,
        AddAttribute,
        "MaracAddLawfulBasisAttribute.PublicTask",
        fixOnce: true);

    [Fact]
    public Task Add_attribute_fix_all_adds_one_attribute_per_member() => Verify.CodeFixAsync(
        """
        using System.Text.Json;
        using Marac.Forms.DataProtection;

        class C
        {
            [Obsolete("Use the queue")]
            string Save(Victim v, Perpetrator file)
            {
                Console.WriteLine({|MARAC001:v.Name|});
                return JsonSerializer.Serialize({|MARAC002:file|});
            }

            string Summary => JsonSerializer.Serialize({|MARAC002:new Perpetrator()|});
        }
        """,
        """
        using System.Text.Json;
        using Marac.Forms.DataProtection;

        class C
        {
            [{|MARAC005:LawfulBasis(Article6Basis.VitalInterests, reasons: "", extent: "", permittedUse: "")|}]
            [Obsolete("Use the queue")]
            string Save(Victim v, Perpetrator file)
            {
                Console.WriteLine({|MARAC001:v.Name|});
                return JsonSerializer.Serialize({|MARAC002:file|});
            }

            string Summary => JsonSerializer.Serialize({|MARAC002:new Perpetrator()|});
        }
        """,
        AddAttribute,
        "MaracAddLawfulBasisAttribute.VitalInterests",
        fixOnce: true,
        fixAllAfterMarkup:
        """
        using System.Text.Json;
        using Marac.Forms.DataProtection;

        class C
        {
            [{|MARAC005:LawfulBasis(Article6Basis.VitalInterests, reasons: "", extent: "", permittedUse: "")|}]
            [Obsolete("Use the queue")]
            string Save(Victim v, Perpetrator file)
            {
                Console.WriteLine({|MARAC001:v.Name|});
                return JsonSerializer.Serialize({|MARAC002:file|});
            }

            [{|MARAC005:LawfulBasis(Article6Basis.VitalInterests, reasons: "", extent: "", permittedUse: "")|}]
            string Summary => JsonSerializer.Serialize({|MARAC002:new Perpetrator()|});
        }
        """);

    [Fact]
    public async Task Add_attribute_offers_every_Article_6_basis_and_chooses_none()
    {
        var actions = await Verify.OfferedActionsAsync(
            """
            class C
            {
                public void Send(Victim v) => Console.WriteLine({|MARAC001:v.Name|});
            }
            """,
            """
            using Marac.Forms.DataProtection;

            class C
            {
                [{|MARAC005:LawfulBasis(Article6Basis.PublicTask, reasons: "", extent: "", permittedUse: "")|}]
                public void Send(Victim v) => Console.WriteLine({|MARAC001:v.Name|});
            }
            """,
            AddAttribute,
            "MaracAddLawfulBasisAttribute.PublicTask");

        var parent = Assert.Single(actions);
        Assert.Equal("Record a lawful basis on 'Send' ([LawfulBasis], to complete)", parent.Title);
        var offered = parent.NestedActions.Select(a => a.EquivalenceKey!.Replace("MaracAddLawfulBasisAttribute.", string.Empty, StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(Enum.GetNames<Article6Basis>().Order(StringComparer.Ordinal), offered);
        Assert.Equal("Public task, Article 6(1)(e)", parent.NestedActions[0].Title);
        Assert.All(parent.NestedActions, a => Assert.Contains("Article 6(1)(", a.Title, StringComparison.Ordinal));
    }

    [Fact]
    public Task Strict_rules_offer_redaction_only() => Verify.NoCodeFixAsync(
        """
        class C
        {
            void M(Victim v) => Console.WriteLine({|MARAC004:v.ImmigrationStatus|});
        }
        """,
        AddAttribute);

    [Fact]
    public Task A_whole_object_passed_as_itself_is_not_redacted() => Verify.NoCodeFixAsync(
        """
        using System.Text.Json;

        class C
        {
            string M(Perpetrator v) => JsonSerializer.Serialize({|MARAC002:v|});
        }
        """,
        Redact);
}
