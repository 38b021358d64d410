using Marac.Forms.DataProtection;
using Marac.Forms.Definitions;

namespace Marac.Forms.Json;

/// <summary>
/// The one lookup between a <see cref="FormType"/>, its identifier (<c>marac-referral</c>, ...), its record type and its
/// built-in definition. JSON files, form definitions, Word read-back and the <c>marac-forms</c> tool all go through it.
/// </summary>
public static class FormTypes
{
    private static readonly (FormType Type, string Id, Type RecordType)[] Forms =
    {
        (FormType.MaracReferral, "marac-referral", typeof(MaracReferral)),
        (FormType.DashChecklist, "dash-checklist", typeof(DashChecklist)),
        (FormType.SharingWithoutConsent, "sharing-without-consent", typeof(SharingWithoutConsentRecord)),
        (FormType.DisclosureDecision, "disclosure-decision", typeof(DisclosureDecision)),
    };

    /// <summary>Every form type, in the order of <see cref="FormType"/>.</summary>
    public static IReadOnlyList<FormType> All { get; } = Forms.Select(f => f.Type).ToArray();

    /// <summary>The identifiers of all four forms, in the order of <see cref="FormType"/>.</summary>
    public static IReadOnlyList<string> Ids { get; } = Forms.Select(f => f.Id).ToArray();

    /// <summary>
    /// The form's identifier: <c>marac-referral</c>, <c>dash-checklist</c>, <c>sharing-without-consent</c> or
    /// <c>disclosure-decision</c>. It never changes between versions.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="formType"/> is not one of the four forms.</exception>
    public static string Id(this FormType formType) => Find(formType).Id;

    /// <summary>The form's identifier; the former name of <see cref="Id"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="formType"/> is not one of the four forms.</exception>
    [Obsolete("Use Id(): the identifier is the same in files, definitions, Word documents and the command line.")]
    public static string FileName(this FormType formType) => formType.Id();

    /// <summary>The record type the form is read into, for example <see cref="DashChecklist"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="formType"/> is not one of the four forms.</exception>
    public static Type RecordType(this FormType formType) => Find(formType).RecordType;

    /// <summary>The built-in definition of the form, as <see cref="FormDefinitions"/> holds it.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="formType"/> is not one of the four forms.</exception>
    public static FormDefinition Definition(this FormType formType) => formType switch
    {
        FormType.MaracReferral => FormDefinitions.MaracReferral,
        FormType.DashChecklist => FormDefinitions.DashChecklist,
        FormType.SharingWithoutConsent => FormDefinitions.SharingWithoutConsent,
        FormType.DisclosureDecision => FormDefinitions.DisclosureDecision,
        _ => throw new ArgumentOutOfRangeException(nameof(formType), formType, "Not one of the four forms."),
    };

    /// <summary>Finds the form with the identifier <paramref name="id"/> (exact, lower case, as <see cref="Id"/> gives it).</summary>
    /// <param name="id">The identifier, for example <c>dash-checklist</c>.</param>
    /// <param name="formType">The form, when found.</param>
    /// <returns>True when <paramref name="id"/> is one of the four identifiers.</returns>
    public static bool TryParse(string? id, out FormType formType)
    {
        foreach (var form in Forms)
        {
            if (string.Equals(form.Id, id, StringComparison.Ordinal))
            {
                formType = form.Type;
                return true;
            }
        }

        formType = default;
        return false;
    }

    /// <summary>The form with the identifier <paramref name="id"/>.</summary>
    /// <param name="id">The identifier, for example <c>dash-checklist</c>.</param>
    /// <returns>The form.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not one of the four identifiers; the message lists them.</exception>
    public static FormType Parse(string id) =>
        TryParse(id, out var formType)
            ? formType
            : throw new ArgumentException(Quoted.Name(id ?? string.Empty) + " is not a Marac.Forms form; expected " + Quoted.List(Ids, "or"), nameof(id));

    /// <summary>Finds the form with the identifier <paramref name="fileName"/>.</summary>
    /// <param name="fileName">The identifier.</param>
    /// <param name="formType">The form, when found.</param>
    /// <returns>True when found.</returns>
    [Obsolete("Use TryParse(id, out formType): the identifier is the same in files, definitions, Word documents and the command line.")]
    public static bool TryParseFileName(string? fileName, out FormType formType) => TryParse(fileName, out formType);

    /// <summary>The form type of a record type.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="recordType"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="recordType"/> is not one of the four form records.</exception>
    public static FormType Of(Type recordType)
    {
        if (recordType is null)
        {
            throw new ArgumentNullException(nameof(recordType));
        }

        if (TryOf(recordType, out var formType))
        {
            return formType;
        }

        throw new ArgumentException(
            $"{recordType.Name} is not a Marac.Forms form. The forms are {nameof(MaracReferral)}, {nameof(DashChecklist)}, {nameof(SharingWithoutConsentRecord)} and {nameof(DisclosureDecision)}; {nameof(LawfulBasis)} and the other records are parts of them.",
            nameof(recordType));
    }

    /// <summary>The form type of <typeparamref name="TForm"/>.</summary>
    /// <typeparam name="TForm">One of the four form records.</typeparam>
    /// <exception cref="ArgumentException"><typeparamref name="TForm"/> is not one of the four form records.</exception>
    public static FormType Of<TForm>()
        where TForm : class => Of(typeof(TForm));

    /// <summary>The form type of a record type, if it is one of the four form records.</summary>
    internal static bool TryOf(Type? recordType, out FormType formType)
    {
        foreach (var form in Forms)
        {
            if (form.RecordType == recordType)
            {
                formType = form.Type;
                return true;
            }
        }

        formType = default;
        return false;
    }

    private static (FormType Type, string Id, Type RecordType) Find(FormType formType)
    {
        foreach (var form in Forms)
        {
            if (form.Type == formType)
            {
                return form;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(formType), formType, "Not one of the four forms.");
    }
}
