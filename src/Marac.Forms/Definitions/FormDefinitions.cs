namespace Marac.Forms.Definitions;

/// <summary>The built-in form definitions, in the project's own wording (England and Wales by default).</summary>
public static class FormDefinitions
{
    private static readonly Lazy<FormDefinition> Referral = new(() => BuiltInForms.LoadDefinition("marac-referral.json"));
    private static readonly Lazy<FormDefinition> Dash = new(() => BuiltInForms.LoadDefinition("dash-checklist.json"));
    private static readonly Lazy<FormDefinition> Sharing = new(() => BuiltInForms.LoadDefinition("sharing-without-consent.json"));
    private static readonly Lazy<FormDefinition> Disclosure = new(() => BuiltInForms.LoadDefinition("disclosure-decision.json"));

    /// <summary>The MARAC referral form.</summary>
    public static FormDefinition MaracReferral => Referral.Value;

    /// <summary>The Dash risk identification checklist: 24 questions in the published order.</summary>
    public static FormDefinition DashChecklist => Dash.Value;

    /// <summary>The record of sharing information without consent.</summary>
    public static FormDefinition SharingWithoutConsent => Sharing.Value;

    /// <summary>The record of a decision to share, or not to share, information.</summary>
    public static FormDefinition DisclosureDecision => Disclosure.Value;

    /// <summary>All four built-in definitions.</summary>
    public static IReadOnlyList<FormDefinition> All => new[] { MaracReferral, DashChecklist, SharingWithoutConsent, DisclosureDecision };

    /// <summary>The built-in definition for a record type.</summary>
    /// <exception cref="ArgumentException"><typeparamref name="TForm"/> is not a form record.</exception>
    public static FormDefinition For<TForm>()
        where TForm : class => For(typeof(TForm));

    /// <summary>The built-in definition for a record type.</summary>
    /// <exception cref="ArgumentException"><paramref name="recordType"/> is not a form record.</exception>
    public static FormDefinition For(Type recordType)
    {
        if (Json.FormTypes.TryOf(recordType, out var formType))
        {
            return For(formType);
        }

        throw new ArgumentException((recordType?.Name ?? "null") + " is not a form record; expected MaracReferral, DashChecklist, SharingWithoutConsentRecord or DisclosureDecision.", nameof(recordType));
    }

    /// <summary>The built-in definition of a form; the same as <see cref="Json.FormTypes.Definition"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="formType"/> is not one of the four forms.</exception>
    public static FormDefinition For(Json.FormType formType) => Json.FormTypes.Definition(formType);

    /// <summary>The built-in definition with the given id (for example <c>dash-checklist</c>), or null.</summary>
    public static FormDefinition? Find(string id) => Json.FormTypes.TryParse(id, out var formType) ? For(formType) : null;
}
