using Marac.Forms.Definitions;
using Marac.Forms.Documents;
using Marac.Forms.Word.Writing;

namespace Marac.Forms.Word;

/// <summary>
/// Renders forms as Word documents (.docx): real Title and Heading styles, tables whose header row repeats
/// on every page, the marking in the header and footer of every page, "page n of m", and every input as a
/// content control tagged with its binding path, so a blank form can be filled in Word and read back with
/// <see cref="WordFormReader"/>. The same input always gives the same bytes; the file's properties hold
/// the form's name and id only.
/// </summary>
public static class WordRenderer
{
    /// <summary>Writes <paramref name="document"/> as .docx to <paramref name="output"/> (which is left open).</summary>
    public static void Render(FormDocument document, Stream output)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        DocxPackageWriter.Write(document, output);
    }

    /// <summary>Renders <paramref name="document"/> as .docx bytes.</summary>
    public static byte[] Render(FormDocument document)
    {
        using var output = new MemoryStream();
        Render(document, output);
        return output.ToArray();
    }

    /// <summary>Renders a completed form: <paramref name="form"/> laid out by its definition.</summary>
    /// <typeparam name="TForm">The record type, for example <see cref="MaracReferral"/>.</typeparam>
    /// <param name="form">The record; it need not be valid, so drafts print too.</param>
    /// <param name="output">Where the .docx is written (left open).</param>
    /// <param name="definition">The definition, for example with a local overlay; null for the built-in one.</param>
    /// <param name="options">Marking and review-date choices; null for the defaults.</param>
    public static void RenderForm<TForm>(TForm form, Stream output, FormDefinition? definition = null, FormDocumentOptions? options = null)
        where TForm : class =>
        Render(FormDocumentBuilder.Build(form, definition, options), output);

    /// <summary>Renders the blank form of <paramref name="definition"/>: every input empty and fillable in Word, with writing space for printing.</summary>
    public static void RenderBlank(FormDefinition definition, Stream output, FormDocumentOptions? options = null) =>
        Render(FormDocumentBuilder.BuildBlank(definition, options), output);
}
