using Marac.Forms.Documents;
using Marac.Forms.Word.Writing;

namespace Marac.Forms.Word;

/// <summary>
/// Renders forms as Word documents (.docx): real Title and Heading styles, tables whose header row repeats
/// on every page, the marking in the header and footer of every page, "page n of m", and every input as a
/// content control tagged with its binding path, so a blank form can be filled in Word and read back with
/// <see cref="WordFormReader"/>. The same input always gives the same bytes; the file's properties hold
/// the form's name and id only. Instances hold no state and are safe to share between threads.
/// </summary>
public sealed class WordRenderer : FormRenderer
{
    /// <inheritdoc />
    public override string FileExtension => ".docx";

    /// <inheritdoc />
    public override string ContentType => "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <inheritdoc />
    /// <exception cref="UnprintableTextException">A hand-built document holds a character a Word file cannot hold.</exception>
    public override void Render(FormDocument document, Stream output)
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
}
