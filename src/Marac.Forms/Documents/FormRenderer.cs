using Marac.Forms.Definitions;

namespace Marac.Forms.Documents;

/// <summary>
/// What every Marac.Forms renderer offers, in one shape: a <see cref="FormDocument"/>, a completed form or a blank
/// form, written to a stream or returned as bytes, synchronously or asynchronously. The Word and PDF renderers
/// derive from it and supply only <see cref="Render(FormDocument, Stream)"/>. Arguments always come in the same
/// order: what to render, then where to, then options. Instances are immutable and safe to share between threads.
/// </summary>
public abstract class FormRenderer
{
    /// <summary>Creates a renderer.</summary>
    protected FormRenderer()
    {
    }

    /// <summary>The file name extension of what this renderer writes, for example <c>.pdf</c>.</summary>
    public abstract string FileExtension { get; }

    /// <summary>The media type of what this renderer writes, for example <c>application/pdf</c>.</summary>
    public abstract string ContentType { get; }

    /// <summary>Writes <paramref name="document"/> to <paramref name="output"/>, which is left open.</summary>
    /// <param name="document">The document to draw.</param>
    /// <param name="output">Where the file is written.</param>
    public abstract void Render(FormDocument document, Stream output);

    /// <summary>Renders <paramref name="document"/> and returns the file's bytes.</summary>
    /// <param name="document">The document to draw.</param>
    public virtual byte[] Render(FormDocument document)
    {
        using var output = new MemoryStream();
        Render(document, output);
        return output.ToArray();
    }

    /// <summary>
    /// Renders <paramref name="document"/> and writes it to <paramref name="output"/> asynchronously, for streams that
    /// refuse synchronous writes (an ASP.NET Core response body). Drawing is done in memory first; only the write waits.
    /// </summary>
    /// <param name="document">The document to draw.</param>
    /// <param name="output">Where the file is written; left open.</param>
    /// <param name="cancellationToken">Cancels before drawing or during the write.</param>
    public virtual async Task RenderAsync(FormDocument document, Stream output, CancellationToken cancellationToken = default)
    {
        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        cancellationToken.ThrowIfCancellationRequested();
        byte[] file = Render(document);
        await output.WriteAsync(file, 0, file.Length, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Renders a completed form: <paramref name="form"/> laid out by its definition (<see cref="FormDocumentBuilder.Build{TForm}"/>).</summary>
    /// <typeparam name="TForm">The record type, for example <see cref="MaracReferral"/>.</typeparam>
    /// <param name="form">The record; it need not be valid, so drafts print too.</param>
    /// <param name="output">Where the file is written; left open.</param>
    /// <param name="documentOptions">Marking and review-date choices; null for the defaults.</param>
    /// <param name="definition">The definition, for example with a local overlay; null for the built-in one.</param>
    /// <exception cref="UnprintableTextException">A value holds a character no document can hold.</exception>
    public void RenderForm<TForm>(TForm form, Stream output, FormDocumentOptions? documentOptions = null, FormDefinition? definition = null)
        where TForm : class =>
        Render(FormDocumentBuilder.Build(form, definition, documentOptions), output);

    /// <summary>Renders a completed form and returns the file's bytes.</summary>
    /// <typeparam name="TForm">The record type.</typeparam>
    /// <param name="form">The record; it need not be valid.</param>
    /// <param name="documentOptions">Marking and review-date choices; null for the defaults.</param>
    /// <param name="definition">The definition; null for the built-in one.</param>
    /// <exception cref="UnprintableTextException">A value holds a character no document can hold.</exception>
    public byte[] RenderForm<TForm>(TForm form, FormDocumentOptions? documentOptions = null, FormDefinition? definition = null)
        where TForm : class =>
        Render(FormDocumentBuilder.Build(form, definition, documentOptions));

    /// <summary>Renders the blank form of <paramref name="definition"/>, with writing space (<see cref="FormDocumentBuilder.BuildBlank"/>).</summary>
    /// <param name="definition">The form definition.</param>
    /// <param name="output">Where the file is written; left open.</param>
    /// <param name="documentOptions">Marking choices; null for the defaults.</param>
    public void RenderBlank(FormDefinition definition, Stream output, FormDocumentOptions? documentOptions = null) =>
        Render(FormDocumentBuilder.BuildBlank(definition, documentOptions), output);

    /// <summary>Renders the blank form of <paramref name="definition"/> and returns the file's bytes.</summary>
    /// <param name="definition">The form definition.</param>
    /// <param name="documentOptions">Marking choices; null for the defaults.</param>
    public byte[] RenderBlank(FormDefinition definition, FormDocumentOptions? documentOptions = null) =>
        Render(FormDocumentBuilder.BuildBlank(definition, documentOptions));
}
