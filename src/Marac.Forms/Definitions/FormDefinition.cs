using Marac.Forms.Definitions.Binding;
using Marac.Forms.Definitions.Model;
using Marac.Forms.Definitions.Parsing;
using Marac.Forms.Documents;
using Marac.Forms.Json;

namespace Marac.Forms.Definitions;

/// <summary>
/// A form definition: the sections, order, wording and field kinds of one form, and for each field the
/// record member it binds to. Load the built-in ones from <see cref="FormDefinitions"/> or your own with
/// <see cref="FormDefinitionLoader"/>; adapt one to an area with <see cref="WithOverlay"/>.
/// Instances are immutable and safe to share between threads.
/// </summary>
public sealed class FormDefinition
{
    internal FormDefinition(
        FormIdentity identity,
        Type recordType,
        string marking,
        FormSettings settings,
        string? retentionFrom,
        IReadOnlyList<FormSection> sections,
        string source,
        IReadOnlyList<string> appliedOverlays,
        IReadOnlyDictionary<string, SourceLocation> boundLeaves,
        IReadOnlyDictionary<string, SourceLocation> ids,
        IReadOnlyDictionary<string, IReadOnlyList<FormOption>> optionSets,
        IReadOnlyDictionary<string, string> phrases)
    {
        Identity = identity;
        RecordType = recordType;
        Marking = marking;
        Settings = settings;
        RetentionFrom = retentionFrom;
        Sections = sections;
        Source = source;
        AppliedOverlays = appliedOverlays;
        BoundLeaves = boundLeaves;
        Ids = ids;
        OptionSets = optionSets;
        Phrases = phrases;
    }

    /// <summary>The form's id, name, version and language, as printed in the footer.</summary>
    public FormIdentity Identity { get; }

    /// <summary>The form's identifier, for example <c>marac-referral</c>.</summary>
    public string Id => Identity.Id;

    /// <summary>The form's printed name.</summary>
    public string Name => Identity.Name;

    /// <summary>The definition's version, including the version of any overlay applied.</summary>
    public string Version => Identity.Version;

    /// <summary>The record type the form binds to, for example <see cref="MaracReferral"/>.</summary>
    public Type RecordType { get; }

    /// <summary>Which of the four forms this definition lays out (a local variant lays out the same form as the definition it changes).</summary>
    public Json.FormType FormType => Json.FormTypes.Of(RecordType);

    /// <summary>The protective marking printed on every page.</summary>
    public string Marking { get; }

    /// <summary>The local details the form prints (area, secure address, advocate term, thresholds).</summary>
    public FormSettings Settings { get; }

    /// <summary>The date member (a binding path) from which the review or disposal date is counted, or null.</summary>
    public string? RetentionFrom { get; }

    /// <summary>Where the definition was loaded from (a file path, a caller-supplied name, or <c>built-in:</c> plus the file name).</summary>
    public string Source { get; }

    /// <summary>The names of the overlays applied, in order.</summary>
    public IReadOnlyList<string> AppliedOverlays { get; }

    /// <summary>The referral-criteria settings this form's area uses (its escalation and visible-high-risk thresholds).</summary>
    public ReferralCriteriaSettings CriteriaSettings => ReferralCriteriaSettings.Default with
    {
        EscalationThreshold = Settings.EscalationThreshold,
        VisibleHighRiskThreshold = Settings.VisibleHighRiskThreshold,
    };

    internal IReadOnlyList<FormSection> Sections { get; }

    /// <summary>Every record member bound, as patterns such as <c>children[].school</c>, with where it was bound.</summary>
    internal IReadOnlyDictionary<string, SourceLocation> BoundLeaves { get; }

    internal IReadOnlyDictionary<string, SourceLocation> Ids { get; }

    internal IReadOnlyDictionary<string, IReadOnlyList<FormOption>> OptionSets { get; }

    internal IReadOnlyDictionary<string, string> Phrases { get; }

    /// <summary>
    /// Returns this definition adapted by <paramref name="overlay"/>: its marking, settings, name and
    /// local items. This definition is left unchanged.
    /// </summary>
    /// <exception cref="FormDefinitionException">The overlay does not fit this form (for example it adds a field bound twice).</exception>
    public FormDefinition WithOverlay(FormOverlay overlay)
    {
        if (overlay is null)
        {
            throw new ArgumentNullException(nameof(overlay));
        }

        return OverlayApplier.Apply(this, overlay);
    }

    /// <summary>
    /// The record members that no field of this definition shows, as patterns such as
    /// <c>children[].school</c>. A member listed here would vanish from the printed form; the built-in
    /// definitions return an empty list.
    /// </summary>
    public IReadOnlyList<string> FindUnboundMembers() =>
        BindingCoverage.AllLeaves(JsonShapes.For(RecordType)).Where(leaf => !BoundLeaves.ContainsKey(leaf)).ToArray();

    /// <inheritdoc />
    public override string ToString() => Name + " (" + Id + ", version " + Version + ")";
}
