namespace Marac.Forms.Analyzers.Tests.Verification;

/// <summary>
/// An agency's own types, compiled beside every test source: the analyzers must work on any
/// type carrying the attributes, not only on Marac.Forms records.
/// </summary>
internal static class TestModel
{
    public const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Linq;
        global using System.Text;
        global using Agency;
        """;

    public const string Source = """
        using Marac.Forms.DataProtection;

        namespace Agency;

        public sealed class Victim
        {
            public string CaseId { get; set; } = "";

            [RestrictedPersonalData]
            public string Name { get; set; } = "";

            [SpecialCategoryData(SpecialCategory.Health)]
            public string? Health { get; set; }

            [CriminalOffenceData]
            public string? Convictions { get; set; }

            [GenderHistory]
            public string? GenderHistory { get; set; }

            [ImmigrationStatus]
            public string? ImmigrationStatus { get; set; }

            [RestrictedPersonalData]
            public Address Home { get; set; } = new();

            public int VisitCount { get; set; }

            public override string ToString() => "Victim " + CaseId;
        }

        public sealed class Perpetrator
        {
            public string CaseId { get; set; } = "";

            [RestrictedPersonalData]
            public string Name { get; set; } = "";

            [CriminalOffenceData]
            public string? Convictions { get; set; }
        }

        public sealed class Address
        {
            public string Line1 { get; set; } = "";
            public string Postcode { get; set; } = "";
        }

        public sealed class CaseFile
        {
            public string CaseId { get; set; } = "";
            public Victim Victim { get; set; } = new();
        }

        public sealed record Referral(string CaseId, [RestrictedPersonalData] string VictimName, [property: RestrictedPersonalData] string Address)
        {
            public override string ToString() => "Referral " + CaseId;
        }

        public sealed class Worker
        {
            public string TeamName { get; set; } = "";
            public override string ToString() => TeamName;
        }
        """;
}
