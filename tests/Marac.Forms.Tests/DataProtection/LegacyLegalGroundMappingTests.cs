using Marac.Forms.DataProtection;

namespace Marac.Forms.Tests.DataProtection;

/// <summary>The 2012 form's DPA 1998 grounds are mapped onto current law as guidance that depends on who is sharing.</summary>
public sealed class LegacyLegalGroundMappingTests
{
    public static TheoryData<LegacyLegalGround> Grounds()
    {
        var data = new TheoryData<LegacyLegalGround>();
        foreach (var ground in Enum.GetValues<LegacyLegalGround>())
        {
            data.Add(ground);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Grounds))]
    public void A_public_authority_is_never_pointed_at_ea_or_f_and_a_voluntary_service_never_at_e(LegacyLegalGround ground)
    {
        var publicBody = LegacyLegalGroundMapping.Guidance(ground, AgencySector.PublicAuthority);
        var voluntary = LegacyLegalGroundMapping.Guidance(ground, AgencySector.VoluntaryOrCommunity);

        Assert.NotEmpty(publicBody);
        Assert.NotEmpty(voluntary);
        Assert.DoesNotContain(publicBody, f => f.Article6 is Article6Basis.RecognisedLegitimateInterest or Article6Basis.LegitimateInterests);
        Assert.DoesNotContain(voluntary, f => f.Article6 == Article6Basis.PublicTask);
        Assert.All(publicBody.Concat(voluntary), f => Assert.False(string.IsNullOrWhiteSpace(f.Note)));
    }

    [Theory]
    [MemberData(nameof(Grounds))]
    public void Every_footing_it_offers_passes_the_rules_of_its_own_regime(LegacyLegalGround ground)
    {
        var all = Enum.GetValues<AgencySector>().SelectMany(sector => LegacyLegalGroundMapping.Guidance(ground, sector, AgencyKind.Police).Concat(LegacyLegalGroundMapping.Guidance(ground, sector)));
        foreach (var footing in all)
        {
            var basis = footing.ToLawfulBasis("r", "e", "u") with { AppropriatePolicyDocument = true };
            var decision = Fixtures.ValidForms.Disclosure() with
            {
                LawfulBasis = basis,
                DisclosingAgency = Fixtures.ValidForms.Disclosure().DisclosingAgency with { Sector = AgencySector.VoluntaryOrCommunity },
                SensitiveDataShared = ValueList.Of(DisclosedDataCategory.CriminalOffences),
            };

            Assert.True(basis.IsComplete, ground + ": " + footing);
            var problems = decision.Validate(Fixtures.ValidForms.Options).Problems.Where(p => p.Path != "consentPosition").ToArray();
            Assert.True(problems.Length == 0, ground + " -> " + footing + ": " + string.Join("; ", problems.Select(p => p.ToString())));
        }
    }

    [Fact]
    public void A_court_order_is_a_legal_obligation_not_a_court_acting_judicially()
    {
        var footing = Assert.Single(LegacyLegalGroundMapping.Guidance(LegacyLegalGround.CourtOrder, AgencySector.PublicAuthority));

        Assert.Equal(Article6Basis.LegalObligation, footing.Article6);
        Assert.Equal(Article9Condition.LegalClaims, footing.Article9);
        Assert.Equal(Schedule1Condition.LegalClaims, footing.Article10);
        Assert.NotEqual(Schedule8Condition.JudicialActs, footing.Schedule8);
        Assert.Contains("Schedule 2 Part 1 paragraph 5", footing.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Vital_interests_needs_both_incapacity_and_a_life_at_stake()
    {
        var footings = LegacyLegalGroundMapping.Guidance(LegacyLegalGround.VitalInterests, AgencySector.PublicAuthority);
        var vital = Assert.Single(footings, f => f.Article9 == Article9Condition.VitalInterests);

        Assert.Contains("and the person is physically or legally incapable", vital.Note, StringComparison.Ordinal);
        Assert.DoesNotContain(" or life", vital.Note, StringComparison.Ordinal);
        Assert.Equal(Schedule1Condition.None, vital.Schedule1);
    }

    [Theory]
    [InlineData(LegacyLegalGround.RightToLife)]
    [InlineData(LegacyLegalGround.FreedomFromTorture)]
    [InlineData(LegacyLegalGround.ChildProtection)]
    public void Part_2_conditions_go_with_article_9_2_g_only(LegacyLegalGround ground)
    {
        Assert.All(LegacyLegalGroundMapping.Guidance(ground, AgencySector.NotStated), footing =>
        {
            if (Schedule1Conditions.Part(footing.Schedule1) == 2)
            {
                Assert.Equal(Article9Condition.SubstantialPublicInterest, footing.Article9);
            }
        });
    }

    [Fact]
    public void Crime_names_the_DPA_2018_successor_of_section_29_and_overriding_public_interest_does_not_use_paragraph_11()
    {
        var crime = LegacyLegalGroundMapping.Guidance(LegacyLegalGround.PreventionOrDetectionOfCrime, AgencySector.PublicAuthority);
        var publicInterest = LegacyLegalGroundMapping.Guidance(LegacyLegalGround.OverridingPublicInterest, AgencySector.NotStated);

        Assert.All(crime, f => Assert.Contains("Schedule 2 Part 1 paragraph 2", f.Note, StringComparison.Ordinal));
        Assert.DoesNotContain(publicInterest, f => f.Schedule1 == Schedule1Condition.ProtectingThePublicAgainstDishonesty);
    }

    [Fact]
    public void A_police_force_is_offered_the_part_3_footing_first()
    {
        var footings = LegacyLegalGroundMapping.Guidance(LegacyLegalGround.ChildProtection, AgencySector.PublicAuthority, AgencyKind.Police);

        Assert.Equal(ProcessingRegime.LawEnforcement, footings[0].Regime);
        Assert.Equal(Schedule8Condition.SafeguardingChildrenAndIndividualsAtRisk, footings[0].Schedule8);
        Assert.Null(footings[0].Article6);
        Assert.Contains(footings, f => f.Regime == ProcessingRegime.UkGdpr && f.Article6 == Article6Basis.PublicTask);
    }
}
