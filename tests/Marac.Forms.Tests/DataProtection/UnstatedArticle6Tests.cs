using Marac.Forms.DataProtection;
using Marac.Forms.Json;
using Marac.Forms.Tests.Fixtures;

namespace Marac.Forms.Tests.DataProtection;

/// <summary>
/// A lawful basis built without its Article 6 basis states none: it is not taken as consent, and
/// nothing that writes, discloses or validates data accepts it as if it had one.
/// </summary>
public sealed class UnstatedArticle6Tests
{
    private static readonly ValidationOptions Options = ValidForms.Options;

    private static readonly LawfulBasis Unstated = new()
    {
        Reasons = "Serious risk of harm to the victim.",
        Extent = "The risk summary only.",
        PermittedUse = "Safety planning at the MARAC.",
    };

    [Fact]
    public void Left_out_it_is_null_and_the_basis_is_not_complete()
    {
        Assert.Null(Unstated.Article6);
        Assert.False(Unstated.IsComplete);
        Assert.True((Unstated with { Article6 = Article6Basis.VitalInterests }).IsComplete);
    }

    [Fact]
    public void Writing_a_file_or_a_json_node_and_opening_a_disclosure_scope_refuse_it()
    {
        var written = Assert.Throws<ArgumentException>(() => MaracJson.Write(ValidForms.Dash(), Unstated));
        var scoped = Assert.Throws<ArgumentException>(() => DisclosureScope.Begin(Unstated));
        var node = Assert.Throws<ArgumentException>(() => MaracJson.SerializeFormToNode(ValidForms.Dash(), Unstated));

        Assert.Contains("Article 6", written.Message);
        Assert.Contains("Article 6", node.Message);
        Assert.Contains("Article 6", scoped.Message);
        Assert.Null(DisclosureScope.Current);
    }

    [Fact]
    public void A_decision_to_share_and_a_sharing_record_without_it_are_invalid_where_it_belongs()
    {
        var sharing = ValidForms.Disclosure() with { LawfulBasis = Unstated };
        var record = ValidForms.Sharing() with { CurrentLawBasis = Unstated };

        Assert.Equal("lawfulBasis.article6", Assert.Single(sharing.Validate(Options).Problems).Path);
        Assert.Equal("currentLawBasis.article6", Assert.Single(record.Validate(Options).Problems).Path);
    }

    [Fact]
    public void A_decision_not_to_share_needs_no_Article_6_basis()
    {
        var decision = ValidForms.Disclosure() with
        {
            Outcome = DisclosureOutcome.DoNotShare,
            Method = null,
            SensitiveDataShared = ValueList<DisclosedDataCategory>.Empty,
            OnwardSharingConditions = null,
            LawfulBasis = null,
            ReasonsNotShared = "Sharing was not necessary for the victim's safety.",
        };

        Assert.True(decision.Validate(Options).IsValid);
    }
}
