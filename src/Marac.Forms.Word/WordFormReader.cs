using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Marac.Forms.Definitions;
using Marac.Forms.Documents;
using Marac.Forms.Json;
using Marac.Forms.Word.Reading;
using Marac.Forms.Word.Writing;
using W14 = DocumentFormat.OpenXml.Office2010.Word;

namespace Marac.Forms.Word;

/// <summary>
/// Reads a filled-in Word form back into its typed record: a form rendered by <see cref="WordRenderer"/>
/// and then filled in by hand in Word or LibreOffice. Each content control's tag names the record member
/// it holds. Controls whose tag the form definition does not know, and any other content, are ignored;
/// controls that are missing or cannot be read are reported by their binding path.
/// </summary>
public static class WordFormReader
{
    /// <summary>Reads the record from a .docx.</summary>
    /// <typeparam name="TForm">The record type, for example <see cref="DashChecklist"/>.</typeparam>
    /// <param name="docx">The document (read from its current position; left open).</param>
    /// <param name="definition">The definition the form was printed from (for example with a local overlay); null for the built-in one.</param>
    /// <returns>The record. A blank form gives an empty record.</returns>
    /// <exception cref="FormReadException">The file is not a Word document, is a different form, or inputs are missing or cannot be read; every problem is listed with its binding path.</exception>
    public static TForm Read<TForm>(Stream docx, FormDefinition? definition = null)
        where TForm : class =>
        ReadAnswers(docx, definition ?? FormDefinitions.For<TForm>()).ToRecord<TForm>();

    /// <summary>
    /// Reads the record from a .docx asynchronously, for streams that refuse synchronous reads (an ASP.NET Core request
    /// body). The stream need not be seekable; it is copied into memory no further than the size limit (64 MiB), and the
    /// package is checked against the same limits as <see cref="Read{TForm}(Stream, FormDefinition?)"/> before it is opened.
    /// </summary>
    /// <typeparam name="TForm">The record type, for example <see cref="DashChecklist"/>.</typeparam>
    /// <param name="docx">The document (read from its current position to its end; left open).</param>
    /// <param name="definition">The definition the form was printed from; null for the built-in one.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The record. A blank form gives an empty record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="docx"/> is null (thrown at once, not through the task).</exception>
    /// <exception cref="FormReadException">As for <see cref="Read{TForm}(Stream, FormDefinition?)"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<TForm> ReadAsync<TForm>(Stream docx, FormDefinition? definition = null, CancellationToken cancellationToken = default)
        where TForm : class
    {
        var answers = ReadAnswersAsync(docx, definition ?? FormDefinitions.For<TForm>(), cancellationToken);
        return ToRecord(answers);

        static async Task<TForm> ToRecord(Task<FormAnswers> read) => (await read.ConfigureAwait(false)).ToRecord<TForm>();
    }

    /// <summary>Reads the answers from a .docx without converting them, for callers that want to inspect or add to them.</summary>
    /// <param name="docx">The document (read from its current position; left open).</param>
    /// <param name="definition">The definition the form was printed from.</param>
    /// <returns>The answers, with any problems found in the document.</returns>
    /// <exception cref="FormReadException">The file is not a Word document, or is a different form.</exception>
    public static FormAnswers ReadAnswers(Stream docx, FormDefinition definition)
    {
        CheckArguments(docx, definition);
        using var buffer = DocxPackageLimits.CheckedCopy(docx);
        return ReadAnswersFrom(buffer, definition);
    }

    /// <summary>Reads the answers from a .docx asynchronously, as <see cref="ReadAsync{TForm}(Stream, FormDefinition?, CancellationToken)"/> reads the stream.</summary>
    /// <param name="docx">The document (read from its current position to its end; left open).</param>
    /// <param name="definition">The definition the form was printed from.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The answers, with any problems found in the document.</returns>
    /// <exception cref="ArgumentNullException">An argument is null (thrown at once, not through the task).</exception>
    /// <exception cref="FormReadException">The file is not a Word document, is too large, or is a different form.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<FormAnswers> ReadAnswersAsync(Stream docx, FormDefinition definition, CancellationToken cancellationToken = default)
    {
        CheckArguments(docx, definition);
        return Read(docx, definition, cancellationToken);

        static async Task<FormAnswers> Read(Stream docx, FormDefinition definition, CancellationToken cancellationToken)
        {
            using var buffer = await DocxPackageLimits.CheckedCopyAsync(docx, cancellationToken).ConfigureAwait(false);
            return ReadAnswersFrom(buffer, definition);
        }
    }

    private static void CheckArguments(Stream docx, FormDefinition definition)
    {
        if (docx is null)
        {
            throw new ArgumentNullException(nameof(docx));
        }

        if (definition is null)
        {
            throw new ArgumentNullException(nameof(definition));
        }
    }

    private static FormAnswers ReadAnswersFrom(MemoryStream buffer, FormDefinition definition)
    {
        var answers = new FormAnswers(definition);
        WordprocessingDocument document = Open(buffer);
        using (document)
        {
            try
            {
                CheckFormId(document, definition);
                var body = document.MainDocumentPart?.Document?.Body;
                if (body is null)
                {
                    throw new FormReadException(new[] { new FormReadProblem(string.Empty, "the Word document has no body") });
                }

                var seenTags = new HashSet<string>(StringComparer.Ordinal);
                foreach (var control in body.Descendants<SdtElement>())
                {
                    ReadControl(control, answers, seenTags);
                }
            }
            catch (System.Xml.XmlException exception)
            {
                throw NotReadable(exception);
            }
        }

        return answers;
    }

    private static void ReadControl(SdtElement control, FormAnswers answers, HashSet<string> seenTags)
    {
        var properties = control.SdtProperties;
        var tagText = properties?.GetFirstChild<Tag>()?.Val?.Value;
        if (properties is null || string.IsNullOrEmpty(tagText))
        {
            return;
        }

        var tag = ControlTag.Parse(tagText!);
        if (!answers.IsKnown(tag.Binding))
        {
            return;
        }

        if (!seenTags.Add(tagText!))
        {
            answers.AddProblem(tag.Binding, "two inputs are tagged '" + tagText + "', so which one holds the answer cannot be told; remove the copy");
            return;
        }

        var content = control.ChildElements.FirstOrDefault(e => e is SdtContentRun or SdtContentBlock or SdtContentCell or SdtContentRow);
        var showsPlaceholder = properties.GetFirstChild<ShowingPlaceholder>() is { } placeholder && placeholder.Val?.Value != false;
        var text = content is null || showsPlaceholder ? null : ControlText.Read(content);

        if (properties.GetFirstChild<W14.SdtContentCheckBox>() is { } checkBox)
        {
            if (tag.OptionValue is null || !answers.SetTicked(tag.Binding, tag.OptionValue, IsChecked(checkBox, content)))
            {
                answers.AddProblem(tag.Binding, "a tick box is tagged '" + tagText + "', which names no option of this question");
            }

            return;
        }

        if (properties.GetFirstChild<SdtContentDropDownList>() is { } dropDown)
        {
            answers.SetChosen(tag.Binding, text is null ? null : OptionValue(tag.Binding, text, dropDown.Elements<ListItem>(), answers));
            return;
        }

        if (properties.GetFirstChild<SdtContentComboBox>() is { } comboBox)
        {
            answers.SetChosen(tag.Binding, text is null ? null : OptionValue(tag.Binding, text, comboBox.Elements<ListItem>(), answers));
            return;
        }

        if (tag.OptionValue is not null)
        {
            answers.AddProblem(tag.Binding, "the control tagged '" + tagText + "' should be a tick box");
            return;
        }

        if (properties.GetFirstChild<SdtContentDate>() is { } date && string.IsNullOrWhiteSpace(text) && !showsPlaceholder && date.FullDate?.Value is { } fullDate)
        {
            answers.SetDate(tag.Binding, CalendarDate.FromDateTime(fullDate));
            return;
        }

        answers.SetText(tag.Binding, text);
    }

    private static bool IsChecked(W14.SdtContentCheckBox checkBox, OpenXmlElement? content)
    {
        if (checkBox.GetFirstChild<W14.Checked>()?.Val is { } state)
        {
            return state.Value == W14.OnOffValues.One || state.Value == W14.OnOffValues.True;
        }

        var shown = content is null ? string.Empty : ControlText.Read(content);
        return shown.IndexOf(Layout.CheckedBox, StringComparison.Ordinal) >= 0 || shown.IndexOf('\u2611') >= 0;
    }

    private static string? OptionValue(string binding, string shown, IEnumerable<ListItem> items, FormAnswers answers)
    {
        var trimmed = shown.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        foreach (var item in items)
        {
            if (string.Equals(item.DisplayText?.Value?.Trim(), trimmed, StringComparison.Ordinal))
            {
                return item.Value?.Value;
            }
        }

        answers.AddProblem(binding, "'" + trimmed + "' is not one of the options of this list");
        return null;
    }

    /// <summary>
    /// The identifier of the definition a .docx was rendered from, as the document states it (for example
    /// <c>dash-checklist</c>), for messages; null when the document does not say. <see cref="ReadFormType"/> gives the form.
    /// </summary>
    /// <exception cref="FormReadException">The file is not a Word document.</exception>
    public static string? ReadFormId(Stream docx)
    {
        if (docx is null)
        {
            throw new ArgumentNullException(nameof(docx));
        }

        using var buffer = DocxPackageLimits.CheckedCopy(docx);
        return FormIdOf(buffer);
    }

    /// <summary>
    /// Which of the four forms a .docx was printed from, so a caller can pick the record type (or
    /// <see cref="FormTypes.Definition"/>) before reading it; null when the document does not say or names no form.
    /// </summary>
    /// <param name="docx">The document (read from its current position; left open).</param>
    /// <returns>The form, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="docx"/> is null.</exception>
    /// <exception cref="FormReadException">The file is not a Word document, or is too large.</exception>
    public static FormType? ReadFormType(Stream docx) =>
        FormTypes.TryParse(ReadFormId(docx), out var formType) ? formType : null;

    /// <summary>
    /// Which of the four forms a .docx was printed from, read asynchronously (for streams that refuse synchronous
    /// reads); null when the document does not say or names no form.
    /// </summary>
    /// <param name="docx">The document (read from its current position to its end; left open).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The form, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="docx"/> is null (thrown at once, not through the task).</exception>
    /// <exception cref="FormReadException">The file is not a Word document, or is too large.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<FormType?> ReadFormTypeAsync(Stream docx, CancellationToken cancellationToken = default)
    {
        if (docx is null)
        {
            throw new ArgumentNullException(nameof(docx));
        }

        return Read(docx, cancellationToken);

        static async Task<FormType?> Read(Stream docx, CancellationToken cancellationToken)
        {
            using var buffer = await DocxPackageLimits.CheckedCopyAsync(docx, cancellationToken).ConfigureAwait(false);
            return FormTypes.TryParse(FormIdOf(buffer), out var formType) ? formType : null;
        }
    }

    private static string? FormIdOf(MemoryStream buffer)
    {
        using var document = Open(buffer);
        try
        {
            return document.CustomFilePropertiesPart?.Properties?
                .Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>()
                .FirstOrDefault(p => p.Name?.Value == DocumentProperties.FormId)?.InnerText;
        }
        catch (System.Xml.XmlException exception)
        {
            throw NotReadable(exception);
        }
    }

    private static WordprocessingDocument Open(Stream package)
    {
        try
        {
            return WordprocessingDocument.Open(package, false);
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or IOException or FormatException or System.Xml.XmlException or ArgumentException or NotSupportedException)
        {
            throw NotReadable(exception);
        }
    }

    private static FormReadException NotReadable(Exception exception)
    {
        string reason = exception switch
        {
            System.Xml.XmlException xml when xml.Message.IndexOf("DTD", StringComparison.Ordinal) >= 0 =>
                "the document declares a DTD (document type), which Word files never do; it is refused because DTDs can expand without limit or read other files",
            System.Xml.XmlException xml => string.Format(System.Globalization.CultureInfo.InvariantCulture, "part of the document is not well-formed XML (line {0}, position {1}); the file is damaged", xml.LineNumber, xml.LinePosition),
            _ => "the file is not a Word document (.docx), or it is damaged",
        };
        return new FormReadException(new[] { new FormReadProblem(string.Empty, reason) });
    }

    private static void CheckFormId(WordprocessingDocument document, FormDefinition definition)
    {
        var properties = document.CustomFilePropertiesPart?.Properties;
        if (properties is null)
        {
            return;
        }

        foreach (var property in properties.Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>())
        {
            if (property.Name?.Value == DocumentProperties.FormId)
            {
                var id = property.InnerText;
                if (id.Length > 0 && id != definition.Id)
                {
                    throw new FormReadException(new[] { new FormReadProblem(string.Empty, "this document is the form '" + id + "', not '" + definition.Id + "'") });
                }
            }
        }
    }
}
