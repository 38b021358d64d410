using Marac.Forms.Analyzers.Tests.Verification;

namespace Marac.Forms.Analyzers.Tests;

/// <summary>Values read beneath a member marked restricted, at any depth, through member access and patterns.</summary>
public sealed class BeneathMarkedMemberTests
{
    private const string Model = """
        using Marac.Forms.DataProtection;
        using Microsoft.Extensions.Logging;

        public sealed class Code
        {
            public string Outward { get; set; } = "";
        }

        public sealed class Placement
        {
            public string Address { get; set; } = "";
            public Code Postcode { get; set; } = new();
            public bool Secure { get; set; }
        }

        public sealed class GenderRecord
        {
            public bool Recorded { get; set; }
            public string? Notes { get; set; }
        }

        public sealed class StatusRecord
        {
            public bool IsSettled { get; set; }
        }

        public sealed class Child
        {
            public string CaseId { get; set; } = "";
            public Placement School { get; set; } = new();
            [RestrictedPersonalData] public Placement Home { get; set; } = new();
            [GenderHistory] public GenderRecord Gender { get; set; } = new();
            [ImmigrationStatus] public StatusRecord Status { get; set; } = new();
        }

        public sealed record Kid(string CaseId, [RestrictedPersonalData] Placement Home)
        {
            public override string ToString() => CaseId;
        }

        """;

    [Fact]
    public Task Members_read_beneath_a_marked_member_are_restricted() => Verify.DiagnosticsAsync(Model + """
        static class Reports
        {
            static string Where(Child c) => c.Home.Address;

            static void M(ILogger logger, Child x, Kid k)
            {
                logger.LogInformation("{A}", {|MARAC001:x.Home.Address|});
                logger.LogInformation("{A}", {|MARAC001:x.Home.Postcode.Outward|});
                logger.LogInformation("{A}", {|MARAC001:x.Home?.Postcode.Outward|});
                logger.LogInformation("{A}", {|MARAC001:k.Home.Address|});
                logger.LogInformation("{A}", {|MARAC001:Where(x)|});
                var home = x.Home;
                logger.LogInformation("{A}", {|MARAC001:home.Postcode.Outward|});
                logger.LogInformation("{A}", {|MARAC003:x.Gender.Notes|});
                logger.LogInformation("{A}", {|MARAC003:x.Gender.Recorded|});
                logger.LogInformation("{A}", {|MARAC003:x.Gender.Notes is not null|});
                logger.LogInformation("{A}", {|MARAC004:x.Status.IsSettled|});
                logger.LogInformation("{A}", {|MARAC004:!x.Status.IsSettled|} ? "unsettled" : "settled");
            }
        }
        """);

    [Fact]
    public Task Patterns_that_read_beneath_a_marked_member_carry_its_data() => Verify.DiagnosticsAsync(Model + """
        static class Reports
        {
            static void M(ILogger logger, Child x, Kid k, object o)
            {
                if (x.Home is { Address: var address })
                {
                    logger.LogInformation("{A}", {|MARAC001:address|});
                }

                if (x is { Home.Postcode.Outward: var outward })
                {
                    logger.LogInformation("{A}", {|MARAC001:outward|});
                }

                if (x.Home is { } home)
                {
                    logger.LogInformation("{A}", {|MARAC001:home.Address|});
                }

                switch (k.Home)
                {
                    case { Postcode: { Outward: var inner } }:
                        logger.LogInformation("{A}", {|MARAC001:inner|});
                        break;
                }

                var described = x.Home switch
                {
                    { Secure: true, Address: var secured } => secured,
                    _ => "",
                };
                logger.LogInformation("{A}", {|MARAC001:described|});
                if ((x.CaseId, x.Home.Address) is (var caseId, var paired))
                {
                    logger.LogInformation("{A}", {|MARAC001:paired|});
                    logger.LogInformation("{A}", caseId);
                }
            }
        }
        """);

    [Fact]
    public Task Unmarked_members_and_what_says_nothing_about_the_marked_data_are_clean() => Verify.DiagnosticsAsync(Model + """
        static class Reports
        {
            static void M(ILogger logger, Child x, Kid k)
            {
                logger.LogInformation("{A}", x.School.Address);
                logger.LogInformation("{A}", x.School.Postcode.Outward);
                logger.LogInformation("{A}", x.Home.Secure);
                logger.LogInformation("{A}", x.Home.Secure ? "secure" : "open");
                logger.LogInformation("{A}", x.Home.Address.Length);
                logger.LogInformation("{A}", x.CaseId);
                logger.LogInformation("{A}", k.CaseId);
                if (x is { CaseId: var id, School.Address: var school })
                {
                    logger.LogInformation("{A} {B}", id, school);
                }

                if (k is { Home.Secure: var secure })
                {
                    logger.LogInformation("{A}", secure);
                }
            }
        }
        """);
}
