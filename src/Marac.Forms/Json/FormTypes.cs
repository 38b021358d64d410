using Marac.Forms.DataProtection;

namespace Marac.Forms.Json;

/// <summary>The stable names of the four forms and the record type each is read into.</summary>
public static class FormTypes
{
    private static readonly (FormType Type, string FileName, Type RecordType)[] Forms =
    {
        (FormType.MaracReferral, "marac-referral", typeof(MaracReferral)),
        (FormType.DashChecklist, "dash-checklist", typeof(DashChecklist)),
        (FormType.SharingWithoutConsent, "sharing-without-consent", typeof(SharingWithoutConsentRecord)),
        (FormType.DisclosureDecision, "disclosure-decision", typeof(DisclosureDecision)),
    };

    /// <summary>Every form type, in the order of <see cref="FormType"/>.</summary>
    public static IReadOnlyList<FormType> All { get; } = Forms.Select(f => f.Type).ToArray();

    /// <summary>
    /// The form's stable name: <c>marac-referral</c>, <c>dash-checklist</c>, <c>sharing-without-consent</c> or
    /// <c>disclosure-decision</c>. It is the <c>formType</c> written in files and never changes between versions.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="formType"/> is not one of the four forms.</exception>
    public static string FileName(this FormType formType) => Find(formType).FileName;

    /// <summary>The record type the form is read into, for example <see cref="DashChecklist"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="formType"/> is not one of the four forms.</exception>
    public static Type RecordType(this FormType formType) => Find(formType).RecordType;

    /// <summary>Finds the form with the stable name <paramref name="fileName"/> (exact, lower case).</summary>
    public static bool TryParseFileName(string? fileName, out FormType formType)
    {
        foreach (var form in Forms)
        {
            if (string.Equals(form.FileName, fileName, StringComparison.Ordinal))
            {
                formType = form.Type;
                return true;
            }
        }

        formType = default;
        return false;
    }

    /// <summary>The form type of a record type.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="recordType"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="recordType"/> is not one of the four form records.</exception>
    public static FormType Of(Type recordType)
    {
        if (recordType is null)
        {
            throw new ArgumentNullException(nameof(recordType));
        }

        foreach (var form in Forms)
        {
            if (form.RecordType == recordType)
            {
                return form.Type;
            }
        }

        throw new ArgumentException(
            $"{recordType.Name} is not a Marac.Forms form. The forms are {nameof(MaracReferral)}, {nameof(DashChecklist)}, {nameof(SharingWithoutConsentRecord)} and {nameof(DisclosureDecision)}; {nameof(LawfulBasis)} and the other records are parts of them.",
            nameof(recordType));
    }

    /// <summary>The stable names of all four forms, for messages.</summary>
    internal static IReadOnlyList<string> FileNames { get; } = Forms.Select(f => f.FileName).ToArray();

    private static (FormType Type, string FileName, Type RecordType) Find(FormType formType)
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
