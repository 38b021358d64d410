namespace Marac.Forms.Cli;

/// <summary>Validates whichever form a file holds.</summary>
internal static class FormValidation
{
    internal static ValidationReport Validate(object form, ValidationOptions options) => form switch
    {
        MaracReferral r => r.Validate(options),
        DashChecklist d => d.Validate(options),
        SharingWithoutConsentRecord s => s.Validate(options),
        DisclosureDecision x => x.Validate(options),
        _ => throw new ArgumentException($"Not a form record: {form.GetType().Name}", nameof(form)),
    };
}
