using Marac.Forms.DataProtection;

namespace Marac.Forms.Json;

/// <summary>
/// A form read from a Marac.Forms JSON file, with the lawful basis recorded for it. Files read with
/// <see cref="MaracJson.ReadAny(string, string?)"/> are <see cref="FormFile{TForm}"/> underneath, so they can be
/// matched by type: <c>if (file is FormFile&lt;DashChecklist&gt; dash) { ... }</c>.
/// </summary>
public abstract class FormFile
{
    private protected FormFile(FormType formType, object form, LawfulBasis lawfulBasis)
    {
        FormType = formType;
        Form = form;
        LawfulBasis = lawfulBasis;
    }

    /// <summary>Which form the file holds.</summary>
    public FormType FormType { get; }

    /// <summary>The form record: a <see cref="MaracReferral"/>, <see cref="DashChecklist"/>, <see cref="SharingWithoutConsentRecord"/> or <see cref="DisclosureDecision"/>.</summary>
    public object Form { get; }

    /// <summary>The lawful basis recorded in the file for processing the form's personal data.</summary>
    public LawfulBasis LawfulBasis { get; }

    /// <summary>The form type only; the form's content is personal data and is not printed.</summary>
    public override string ToString() => $"{nameof(FormFile)} {{ {FormType.FileName()} }}";
}
