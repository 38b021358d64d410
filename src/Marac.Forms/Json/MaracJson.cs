using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marac.Forms.DataProtection;

namespace Marac.Forms.Json;

/// <summary>
/// Reads and writes the four forms as JSON files. A file holds one form and the lawful basis for processing it:
/// <code>
/// {
///   "formType": "dash-checklist",
///   "formVersion": "1.0",
///   "lawfulBasis": { "article6": "publicTask", "reasons": "...", "extent": "...", "permittedUse": "..." },
///   "form": { ... }
/// }
/// </code>
/// A file may also start with a <c>"$schema"</c> member giving the address of its JSON Schema (published under
/// <c>docs/schemas</c>), for editors; reading passes over it and writing leaves it out.
/// Member names are camel case, enums are written as their camel-case names, dates as <c>"YYYY-MM-DD"</c>, and
/// members with no value are left out. Files are UTF-8, indented, with "\n" line ends, and the same form always
/// gives the same bytes. Text in any script is written as it is, not escaped.
/// </summary>
/// <remarks>
/// Reading is strict, and every problem found is reported in one <see cref="MaracFormatException"/>, each naming the
/// line, column and path, and what was expected there. Reading does not validate: a file can be well-formed and still
/// be an incomplete form. Call the form's <c>Validate</c> method for that.
/// </remarks>
public static class MaracJson
{
    /// <summary>
    /// The largest form file read, in bytes (64 MiB): far more than any form holds, since no text value may be longer
    /// than <see cref="ValidationOptions.MaximumLongTextLength"/>. A larger input is refused unread with a
    /// <see cref="MaracFormatException"/>, so memory stays bounded whatever is given.
    /// </summary>
    public const int MaximumFileBytes = 64 * 1024 * 1024;

    /// <summary>The version of the file format this library writes and reads.</summary>
    public const string FormatVersion = "1.0";

    /// <summary>Writes a form and the lawful basis for processing it as a Marac.Forms file.</summary>
    /// <typeparam name="TForm">
    /// <see cref="MaracReferral"/>, <see cref="DashChecklist"/>, <see cref="SharingWithoutConsentRecord"/> or <see cref="DisclosureDecision"/>.
    /// </typeparam>
    /// <param name="form">The form.</param>
    /// <param name="basis">The lawful basis for writing out the form's personal data; recorded in the file. Its reasons, extent and permitted use must be stated.</param>
    /// <returns>The file's JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="form"/> or <paramref name="basis"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The basis does not state its reasons, extent and permitted use; the form is not one of the four forms; or the
    /// form holds a value that could not be read back (an undefined enum value, null where a value is required, a
    /// broken UTF-16 character). The message names the path.
    /// </exception>
    public static string Write<TForm>(TForm form, LawfulBasis basis)
        where TForm : class =>
        Encoding.UTF8.GetString(WriteBytes(form, basis));

    /// <summary>Writes a form and the lawful basis for processing it as a Marac.Forms file to a stream, as UTF-8.</summary>
    /// <typeparam name="TForm">
    /// <see cref="MaracReferral"/>, <see cref="DashChecklist"/>, <see cref="SharingWithoutConsentRecord"/> or <see cref="DisclosureDecision"/>.
    /// </typeparam>
    /// <param name="form">The form.</param>
    /// <param name="utf8Json">Where to write the file. It is not closed.</param>
    /// <param name="basis">The lawful basis for writing out the form's personal data; recorded in the file. Its reasons, extent and permitted use must be stated.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Write{TForm}(TForm, LawfulBasis)"/>.</exception>
    public static void Write<TForm>(TForm form, Stream utf8Json, LawfulBasis basis)
        where TForm : class
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        var bytes = WriteBytes(form, basis);
        utf8Json.Write(bytes, 0, bytes.Length);
    }

    /// <summary>Writes a form and the lawful basis for processing it as a Marac.Forms file to a stream, as UTF-8.</summary>
    /// <typeparam name="TForm">The form record type.</typeparam>
    /// <param name="utf8Json">Where to write the file. It is not closed.</param>
    /// <param name="form">The form.</param>
    /// <param name="basis">The lawful basis for writing out the form's personal data.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Write{TForm}(TForm, LawfulBasis)"/>.</exception>
    [Obsolete("Use Write(form, utf8Json, basis): what is written comes first, then where, as in the renderers.")]
    public static void Write<TForm>(Stream utf8Json, TForm form, LawfulBasis basis)
        where TForm : class =>
        Write(form, utf8Json, basis);

    /// <summary>
    /// Writes a form and the lawful basis for processing it as a Marac.Forms file to a stream asynchronously, for
    /// streams that refuse synchronous writes (an ASP.NET Core response body). The file is built in memory first
    /// (it is at most a few megabytes); only the write waits.
    /// </summary>
    /// <typeparam name="TForm">
    /// <see cref="MaracReferral"/>, <see cref="DashChecklist"/>, <see cref="SharingWithoutConsentRecord"/> or <see cref="DisclosureDecision"/>.
    /// </typeparam>
    /// <param name="form">The form.</param>
    /// <param name="utf8Json">Where to write the file. It is not closed.</param>
    /// <param name="basis">The lawful basis for writing out the form's personal data; recorded in the file. Its reasons, extent and permitted use must be stated.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file has been written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null (thrown at once, not through the task).</exception>
    /// <exception cref="ArgumentException">As for <see cref="Write{TForm}(TForm, LawfulBasis)"/> (thrown at once).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task WriteAsync<TForm>(TForm form, Stream utf8Json, LawfulBasis basis, CancellationToken cancellationToken = default)
        where TForm : class
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        var bytes = WriteBytes(form, basis);
        cancellationToken.ThrowIfCancellationRequested();
        return utf8Json.WriteAsync(bytes, 0, bytes.Length, cancellationToken);
    }

    /// <summary>Reads a file that must hold a form of type <typeparamref name="TForm"/>.</summary>
    /// <typeparam name="TForm">The form expected.</typeparam>
    /// <param name="json">The file's text.</param>
    /// <param name="sourceName">A name for the input, such as its file name, used in error messages.</param>
    /// <returns>The form and the lawful basis recorded with it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ArgumentException"><typeparamref name="TForm"/> is not one of the four forms.</exception>
    /// <exception cref="MaracFormatException">The text is not a well-formed file for this form; see the exception's path, line and column.</exception>
    public static FormFile<TForm> Read<TForm>(string json, string? sourceName = null)
        where TForm : class
    {
        var expected = FormTypes.Of(typeof(TForm));
        return (FormFile<TForm>)ReadFile(FromString(json, sourceName), sourceName, expected);
    }

    /// <summary>Reads a UTF-8 file from a stream that must hold a form of type <typeparamref name="TForm"/>.</summary>
    /// <typeparam name="TForm">The form expected.</typeparam>
    /// <param name="utf8Json">The file's bytes, read to the end. A byte order mark is allowed. The stream is not closed.</param>
    /// <param name="sourceName">A name for the input used in error messages; for a <see cref="FileStream"/>, its file name by default.</param>
    /// <returns>The form and the lawful basis recorded with it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><typeparamref name="TForm"/> is not one of the four forms.</exception>
    /// <exception cref="MaracFormatException">The bytes are not a well-formed UTF-8 file for this form.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static FormFile<TForm> Read<TForm>(Stream utf8Json, string? sourceName = null)
        where TForm : class
    {
        var expected = FormTypes.Of(typeof(TForm));
        return (FormFile<TForm>)ReadStream(utf8Json, sourceName, expected);
    }

    /// <summary>
    /// Reads a UTF-8 file that must hold a form of type <typeparamref name="TForm"/> from a stream asynchronously, for
    /// streams that refuse synchronous reads (an ASP.NET Core request body). The stream need not be seekable; it is
    /// read to its end into a buffer of at most <see cref="MaximumFileBytes"/> and refused as soon as it passes that.
    /// </summary>
    /// <typeparam name="TForm">The form expected.</typeparam>
    /// <param name="utf8Json">The file's bytes, read to the end. A byte order mark is allowed. The stream is not closed.</param>
    /// <param name="sourceName">A name for the input used in error messages; for a <see cref="FileStream"/>, its file name by default.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The form and the lawful basis recorded with it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null (thrown at once, not through the task).</exception>
    /// <exception cref="ArgumentException"><typeparamref name="TForm"/> is not one of the four forms (thrown at once).</exception>
    /// <exception cref="MaracFormatException">The bytes are not a well-formed UTF-8 file for this form, or there are too many of them.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<FormFile<TForm>> ReadAsync<TForm>(Stream utf8Json, string? sourceName = null, CancellationToken cancellationToken = default)
        where TForm : class
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        var expected = FormTypes.Of(typeof(TForm));
        return Typed(ReadStreamAsync(utf8Json, sourceName, expected, cancellationToken));

        static async Task<FormFile<TForm>> Typed(Task<FormFile> read) => (FormFile<TForm>)await read.ConfigureAwait(false);
    }

    /// <summary>Reads a file holding any of the four forms; <see cref="FormFile.FormType"/> says which.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="sourceName">A name for the input, such as its file name, used in error messages.</param>
    /// <returns>A <see cref="FormFile{TForm}"/> of the form the file names.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="MaracFormatException">The text is not a well-formed Marac.Forms file.</exception>
    public static FormFile ReadAny(string json, string? sourceName = null) =>
        ReadFile(FromString(json, sourceName), sourceName, expected: null);

    /// <summary>Reads a UTF-8 file holding any of the four forms from a stream.</summary>
    /// <param name="utf8Json">The file's bytes, read to the end. A byte order mark is allowed. The stream is not closed.</param>
    /// <param name="sourceName">A name for the input used in error messages; for a <see cref="FileStream"/>, its file name by default.</param>
    /// <returns>A <see cref="FormFile{TForm}"/> of the form the file names.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="MaracFormatException">The bytes are not a well-formed UTF-8 Marac.Forms file.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static FormFile ReadAny(Stream utf8Json, string? sourceName = null) =>
        ReadStream(utf8Json, sourceName, expected: null);

    /// <summary>
    /// Reads a UTF-8 file holding any of the four forms from a stream asynchronously, for streams that refuse
    /// synchronous reads. The stream need not be seekable; memory is bounded by <see cref="MaximumFileBytes"/>.
    /// </summary>
    /// <param name="utf8Json">The file's bytes, read to the end. A byte order mark is allowed. The stream is not closed.</param>
    /// <param name="sourceName">A name for the input used in error messages; for a <see cref="FileStream"/>, its file name by default.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>A <see cref="FormFile{TForm}"/> of the form the file names.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null (thrown at once, not through the task).</exception>
    /// <exception cref="MaracFormatException">The bytes are not a well-formed UTF-8 Marac.Forms file, or there are too many of them.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<FormFile> ReadAnyAsync(Stream utf8Json, string? sourceName = null, CancellationToken cancellationToken = default)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        return ReadStreamAsync(utf8Json, sourceName, expected: null, cancellationToken);
    }

    /// <summary>
    /// Reads a form (the <c>form</c> part of a file, without the envelope) from a JSON node, with the same checks
    /// and errors as reading a file. For code that builds the node itself, such as a reader of filled Word forms.
    /// </summary>
    /// <typeparam name="TForm">The form record type.</typeparam>
    /// <param name="formNode">The form as a JSON object.</param>
    /// <param name="sourceName">A name for the input used in error messages.</param>
    /// <returns>The form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="formNode"/> is null.</exception>
    /// <exception cref="ArgumentException"><typeparamref name="TForm"/> is not one of the four forms.</exception>
    /// <exception cref="MaracFormatException">The node does not hold a well-formed form; the exception has a path but no line or column.</exception>
    public static TForm DeserializeForm<TForm>(JsonNode formNode, string? sourceName = null)
        where TForm : class
    {
        if (formNode is null)
        {
            throw new ArgumentNullException(nameof(formNode));
        }

        FormTypes.Of(typeof(TForm));
        byte[] bytes;
        try
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                formNode.WriteTo(writer);
            }

            bytes = buffer.ToArray();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new MaracFormatException(sourceName, string.Empty, null, null, "the JSON node could not be written out as JSON (" + ex.GetType().Name + ")", ex);
        }

        var input = Utf8Input.FromBytes(bytes);
        try
        {
            return (TForm)FormFileReader.ReadForm(input, typeof(TForm));
        }
        catch (FormatProblem problem)
        {
            throw Reported(sourceName, new[] { problem }, stoppedEarly: false, input: null);
        }
        catch (FormatProblems problems)
        {
            throw Reported(sourceName, problems.Problems, problems.StoppedEarly, input: null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw Unexpected(sourceName, ex);
        }
    }

    /// <summary>
    /// Converts a form to a JSON node (the <c>form</c> part of a file, without the envelope), as
    /// <see cref="DeserializeForm{TForm}(JsonNode, string?)"/> reads it back.
    /// </summary>
    /// <typeparam name="TForm">The form record type.</typeparam>
    /// <param name="form">The form.</param>
    /// <param name="basis">
    /// The lawful basis for writing out the form's personal data. Its Article 6 basis, reasons, extent and
    /// permitted use must be stated. It is not put in the node: keep it with the node, as a file's envelope does.
    /// </param>
    /// <returns>The form as a JSON object.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="form"/> or <paramref name="basis"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The basis is incomplete, the form is not one of the four forms, or it holds a value that could not be read back.
    /// </exception>
    public static JsonNode SerializeFormToNode<TForm>(TForm form, LawfulBasis basis)
        where TForm : class
    {
        if (form is null)
        {
            throw new ArgumentNullException(nameof(form));
        }

        if (basis is null)
        {
            throw new ArgumentNullException(nameof(basis), "Writing a form out needs the lawful basis for processing its personal data.");
        }

        basis.EnsureComplete();
        FormTypes.Of(form.GetType());
        FormFileWriter.CheckWritable(form, string.Empty, nameof(form));
        return JsonSerializer.SerializeToNode(form, MaracJsonOptions.Default.GetTypeInfo(form.GetType()))!;
    }

    private static byte[] WriteBytes(object? form, LawfulBasis? basis)
    {
        if (form is null)
        {
            throw new ArgumentNullException(nameof(form));
        }

        if (basis is null)
        {
            throw new ArgumentNullException(nameof(basis), "Writing a form out needs the lawful basis for processing its personal data.");
        }

        basis.EnsureComplete();
        return FormFileWriter.Write(form, basis);
    }

    private static FormFile ReadFile(Utf8Input input, string? sourceName, FormType? expected)
    {
        try
        {
            return FormFileReader.Read(input, expected);
        }
        catch (FormatProblem problem)
        {
            throw Reported(sourceName, new[] { problem }, stoppedEarly: false, input);
        }
        catch (FormatProblems problems)
        {
            throw Reported(sourceName, problems.Problems, problems.StoppedEarly, input);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw Unexpected(sourceName, ex);
        }
    }

    /// <summary>The public exception for the problems found, with line and column when the input is text.</summary>
    private static MaracFormatException Reported(string? sourceName, IReadOnlyList<FormatProblem> problems, bool stoppedEarly, Utf8Input? input)
    {
        var reported = new List<MaracFormatProblem>(problems.Count + 1);
        foreach (var problem in problems)
        {
            int? line = null;
            int? column = null;
            if (input is not null && problem.Offset is { } offset)
            {
                (line, column) = input.Positions.At(offset);
            }

            reported.Add(new MaracFormatProblem(problem.Path, line, column, problem.Reason));
        }

        if (stoppedEarly)
        {
            reported.Add(new MaracFormatProblem(string.Empty, null, null, string.Format(System.Globalization.CultureInfo.InvariantCulture, "reading stopped after {0} problems; there may be more", problems.Count)));
        }

        return new MaracFormatException(sourceName, reported, problems.Count == 1 ? problems[0].InnerException : null);
    }

    private static MaracFormatException Unexpected(string? sourceName, Exception ex) =>
        new(sourceName, string.Empty, null, null, "the input could not be read as a Marac.Forms file", ex);

    private static MaracFormatException TooLarge(string? sourceName) =>
        new(sourceName, string.Empty, null, null, string.Format(System.Globalization.CultureInfo.InvariantCulture, "the file is larger than {0:N0} MB, the most a form file may be; it was not read", MaximumFileBytes / (1024 * 1024)));

    private static FormFile ReadStream(Stream utf8Json, string? sourceName, FormType? expected)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        var name = sourceName ?? NameOf(utf8Json);
        var bytes = BoundedInput.ReadAll(utf8Json, MaximumFileBytes, () => TooLarge(name));
        return ReadFile(Utf8Input.FromBytes(bytes), name, expected);
    }

    private static async Task<FormFile> ReadStreamAsync(Stream utf8Json, string? sourceName, FormType? expected, CancellationToken cancellationToken)
    {
        var name = sourceName ?? NameOf(utf8Json);
        var bytes = await BoundedInput.ReadAllAsync(utf8Json, MaximumFileBytes, () => TooLarge(name), cancellationToken).ConfigureAwait(false);
        return ReadFile(Utf8Input.FromBytes(bytes), name, expected);
    }

    private static Utf8Input FromString(string json, string? sourceName)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        // A UTF-16 character is at most three UTF-8 bytes: only text near the limit needs counting.
        if ((long)json.Length * 3 > MaximumFileBytes && System.Text.Encoding.UTF8.GetByteCount(json) > MaximumFileBytes)
        {
            throw TooLarge(sourceName);
        }

        return Utf8Input.FromString(json);
    }

    private static string? NameOf(Stream stream) => stream is FileStream file ? Path.GetFileName(file.Name) : null;
}
