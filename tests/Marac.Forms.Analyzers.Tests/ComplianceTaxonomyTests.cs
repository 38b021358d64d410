using Marac.Forms.Analyzers.Tests.Verification;

namespace Marac.Forms.Analyzers.Tests;

/// <summary>
/// Microsoft.Extensions.Compliance classifications count as restricted personal data, so a team that already
/// classifies its types gets the same checks without re-annotating.
/// </summary>
public sealed class ComplianceTaxonomyTests
{
    private const string Taxonomy = """
        using Microsoft.Extensions.Compliance.Classification;
        using Microsoft.Extensions.Compliance.Redaction;
        using Microsoft.Extensions.Logging;
        using System.Text.Json;

        public static class CouncilTaxonomy
        {
            public static DataClassification Private { get; } = new("CouncilTaxonomy", "Private");
            public static DataClassification Public { get; } = new("CouncilTaxonomy", "Public");
        }

        public sealed class PrivateDataAttribute : DataClassificationAttribute
        {
            public PrivateDataAttribute() : base(CouncilTaxonomy.Private) { }
        }

        public sealed class TenancyRecord
        {
            public string TenancyRef { get; set; } = "";

            [PrivateData]
            public string TenantName { get; set; } = "";

            [PrivateData]
            public string? ForwardingAddress { get; set; }

            [NoDataClassification]
            public string Ward { get; set; } = "";

            [UnknownDataClassification]
            public string? LegacyNotes { get; set; }
        }

        public sealed record {|MARAC006:RepairRequest|}(string JobNumber, [PrivateData] string ContactPhone);

        """;

    [Fact]
    public Task Classified_members_are_restricted_and_unclassified_ones_are_not() => Verify.DiagnosticsAsync(Taxonomy + """
        class HousingJobs
        {
            private readonly ILogger<HousingJobs> logger;

            HousingJobs(ILogger<HousingJobs> logger) => this.logger = logger;

            void Move(TenancyRecord tenancy, RepairRequest repair, [PrivateData] string callerName)
            {
                logger.LogInformation("Tenancy {Ref} moved for {Name}", tenancy.TenancyRef, {|MARAC001:tenancy.TenantName|});
                logger.LogInformation("Forwarding to {Address}", {|MARAC001:tenancy.ForwardingAddress|});
                logger.LogInformation("Ward {Ward}: {Notes}", tenancy.Ward, tenancy.LegacyNotes);
                logger.LogInformation("Repair {Job} call {Phone}", repair.JobNumber, {|MARAC001:repair.ContactPhone|});
                logger.LogInformation("Caller {Caller}", {|MARAC001:callerName|});
                _ = JsonSerializer.Serialize({|MARAC002:tenancy|});
                _ = JsonSerializer.Serialize(new { tenancy.TenancyRef, tenancy.Ward });
            }
        }
        """);

    [Fact]
    public Task A_compliance_redactor_clears_the_value() => Verify.DiagnosticsAsync(Taxonomy + """
        class HousingJobs
        {
            private readonly ILogger<HousingJobs> logger;
            private readonly Redactor redactor;

            HousingJobs(ILogger<HousingJobs> logger, IRedactorProvider redactors)
            {
                this.logger = logger;
                redactor = redactors.GetRedactor(CouncilTaxonomy.Private);
            }

            void Move(TenancyRecord tenancy)
            {
                logger.LogInformation("Tenancy for {Name}", redactor.Redact(tenancy.TenantName));
                var line = new StringBuilder("Tenant ");
                line.AppendRedacted(redactor, tenancy.TenantName);
                logger.LogInformation("{Line}", line.ToString());
                logger.LogInformation("Unredacted {Name}", {|MARAC001:tenancy.TenantName|});
            }
        }
        """);
}
