namespace Marac.Forms.Documents;

/// <summary>
/// A form ready to draw: format-neutral and page-free. Built once from a record and its form
/// definition (or from the definition alone for a blank form); the Word and PDF renderers draw it
/// and decide nothing else. Every choice that is not specific to one file format is made here.
/// </summary>
public sealed class FormDocument
{
    /// <summary>Creates a document.</summary>
    public FormDocument(
        FormIdentity form,
        string marking,
        string? reviewNotice,
        bool isBlank,
        IReadOnlyList<DocumentSection> sections,
        string? footerText = null,
        PageNumberText? pageNumbers = null)
    {
        Form = form ?? throw new ArgumentNullException(nameof(form));
        Marking = marking ?? throw new ArgumentNullException(nameof(marking));
        ReviewNotice = reviewNotice;
        IsBlank = isBlank;
        Sections = sections ?? throw new ArgumentNullException(nameof(sections));
        FooterText = footerText ?? Form.Name + " (version " + Form.Version + ")";
        PageNumbers = pageNumbers ?? new PageNumberText("Page ", " of ");
    }

    /// <summary>Which form this is: id, name, version and language.</summary>
    public FormIdentity Form { get; }

    /// <summary>The document title: the form's name only, never personal data. Safe for file metadata.</summary>
    public string Title => Form.Name;

    /// <summary>The protective marking printed at the top and bottom of every page (for example "RESTRICTED WHEN COMPLETE").</summary>
    public string Marking { get; }

    /// <summary>The footer's fixed text: the form name and version, in the words of the definition's phrases.</summary>
    public string FooterText { get; }

    /// <summary>The words around the page numbers (from the definition's phrases); renderers fill in the current page and the page count.</summary>
    public PageNumberText PageNumbers { get; }

    /// <summary>The symbol both renderers print for a ticked box (a ballot box with X).</summary>
    public string TickedBox => "\u2612";

    /// <summary>The symbol both renderers print for an empty tick box.</summary>
    public string UntickedBox => "\u2610";

    /// <summary>
    /// The review or disposal notice for the footer: the date when the referral to MARAC is known, otherwise the rule
    /// itself. <see cref="FormDocumentBuilder"/> always sets it; null only in a document built by hand without one.
    /// </summary>
    public string? ReviewNotice { get; }

    /// <summary>True for a blank form printed for handwriting or filled in Word.</summary>
    public bool IsBlank { get; }

    /// <summary>The sections in order.</summary>
    public IReadOnlyList<DocumentSection> Sections { get; }
}
