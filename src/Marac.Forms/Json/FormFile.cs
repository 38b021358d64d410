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

    /// <summary>
    /// The form record: a <see cref="MaracReferral"/>, <see cref="DashChecklist"/>, <see cref="SharingWithoutConsentRecord"/> or
    /// <see cref="DisclosureDecision"/>. For the form typed, use <see cref="FormFile{TForm}.Form"/> (<c>file is FormFile&lt;DashChecklist&gt; dash</c>)
    /// or <see cref="Match{TResult}"/>.
    /// </summary>
    public object Form { get; }

    /// <summary>The lawful basis recorded in the file for processing the form's personal data.</summary>
    public LawfulBasis LawfulBasis { get; }

    /// <summary>
    /// Calls the function for the form this file holds, with the form typed: the one of the four that applies.
    /// <code>var score = file.Match(referral => referral.Reasons?.DashScore, dash => dash.Score, sharing => null, decision => null);</code>
    /// </summary>
    /// <typeparam name="TResult">What the functions return.</typeparam>
    /// <param name="referral">Called for a <see cref="MaracReferral"/>.</param>
    /// <param name="dash">Called for a <see cref="DashChecklist"/>.</param>
    /// <param name="sharing">Called for a <see cref="SharingWithoutConsentRecord"/>.</param>
    /// <param name="disclosure">Called for a <see cref="DisclosureDecision"/>.</param>
    /// <returns>What the function called returned.</returns>
    /// <exception cref="ArgumentNullException">A function is null.</exception>
    public TResult Match<TResult>(
        Func<MaracReferral, TResult> referral,
        Func<DashChecklist, TResult> dash,
        Func<SharingWithoutConsentRecord, TResult> sharing,
        Func<DisclosureDecision, TResult> disclosure)
    {
        if (referral is null || dash is null || sharing is null || disclosure is null)
        {
            throw new ArgumentNullException(referral is null ? nameof(referral) : dash is null ? nameof(dash) : sharing is null ? nameof(sharing) : nameof(disclosure));
        }

        return Form switch
        {
            MaracReferral form => referral(form),
            DashChecklist form => dash(form),
            SharingWithoutConsentRecord form => sharing(form),
            DisclosureDecision form => disclosure(form),
            _ => throw new InvalidOperationException("The file holds no form."),
        };
    }

    /// <summary>The form type only; the form's content is personal data and is not printed.</summary>
    public override string ToString() => $"{nameof(FormFile)} {{ {FormType.Id()} }}";
}
