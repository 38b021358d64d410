// A fictional council safeguarding hub's own types. Labelled corpus: see HubServices.cs.
using System;
using System.Collections.Generic;
using Marac.Forms.DataProtection;
using Microsoft.Extensions.Compliance.Classification;

namespace Hub.Model;

public static class HubTaxonomy
{
    public static DataClassification Personal { get; } = new("Hub", "Personal");
}

/// <summary>The hub's own classification, used before the team adopted Marac.Forms.</summary>
public sealed class PersonalDataAttribute : DataClassificationAttribute
{
    public PersonalDataAttribute() : base(HubTaxonomy.Personal) { }
}

public sealed class Person
{
    public Guid Id { get; set; }

    public string CaseNumber { get; set; } = "";

    [RestrictedPersonalData]
    public string FullName { get; set; } = "";

    [RestrictedPersonalData]
    public DateOnly? DateOfBirth { get; set; }

    [SpecialCategoryData(SpecialCategory.Health)]
    public string? MentalHealthNotes { get; set; }

    [CriminalOffenceData]
    public string? Offences { get; set; }

    [GenderHistory]
    public string? GenderHistoryNotes { get; set; }

    [ImmigrationStatus]
    public string? ImmigrationStatus { get; set; }

    public string Borough { get; set; } = "";

    public int RiskScore { get; set; }

    public override string ToString() => "Person " + CaseNumber;
}

/// <summary>A refuge placement: where someone is hiding is restricted as a whole.</summary>
[RestrictedPersonalData]
public sealed class RefugePlacement
{
    public string RefugeName { get; set; } = "";

    public string Address { get; set; } = "";

    public string Postcode { get; set; } = "";

    public DateTime From { get; set; }

    public static string Scheme { get; set; } = "Pan-London refuge network";

    public override string ToString() => "Placement";
}

[SpecialCategoryData(SpecialCategory.Health)]
public readonly struct ClinicalNote
{
    public ClinicalNote(string author, string text)
    {
        Author = author;
        Text = text;
    }

    public string Author { get; }

    public string Text { get; }

    public override string ToString() => "Clinical note";
}

/// <summary>A housing record classified only with Microsoft's taxonomy.</summary>
public sealed class TenancyRecord
{
    public string TenancyRef { get; set; } = "";

    [PersonalData]
    public string TenantName { get; set; } = "";

    [PersonalData]
    public string? SafeContactPhone { get; set; }

    [NoDataClassification]
    public string Estate { get; set; } = "";

    public override string ToString() => "Tenancy " + TenancyRef;
}

public sealed class HubCase
{
    public string CaseNumber { get; set; } = "";

    public Person Victim { get; set; } = new();

    public List<Person> Children { get; set; } = new();

    public RefugePlacement? Placement { get; set; }

    public string Status { get; set; } = "Open";

    public override string ToString() => "Case " + CaseNumber;
}
