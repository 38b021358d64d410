using Marac.Forms.DataProtection;

namespace Marac.Forms.Json;

/// <summary>A form of a known type read from a Marac.Forms JSON file, with the lawful basis recorded for it.</summary>
/// <typeparam name="TForm">The form record type.</typeparam>
public sealed class FormFile<TForm> : FormFile
    where TForm : class
{
    internal FormFile(FormType formType, TForm form, LawfulBasis lawfulBasis)
        : base(formType, form, lawfulBasis)
    {
    }

    /// <summary>The form record.</summary>
    public new TForm Form => (TForm)base.Form;
}
