using System.Text.Json;
using System.Text.Json.Nodes;
using Marac.Forms.Definitions;
using Marac.Forms.Documents.Building;
using Marac.Forms.Json;

namespace Marac.Forms.Documents;

/// <summary>
/// Builds the format-neutral <see cref="FormDocument"/> that the Word and PDF renderers draw: from a
/// record and its form definition (a completed form), or from a definition alone (a blank form with
/// writing space). Values are read through the record's JSON form, so the document shows exactly what
/// the JSON holds, under the same names.
/// </summary>
public static class FormDocumentBuilder
{
    /// <summary>Builds the completed form for <paramref name="form"/>. Rendering never requires a valid form: drafts print too.</summary>
    /// <typeparam name="TForm">The record type: <see cref="MaracReferral"/>, <see cref="DashChecklist"/>, <see cref="SharingWithoutConsentRecord"/> or <see cref="DisclosureDecision"/>.</typeparam>
    /// <param name="form">The record.</param>
    /// <param name="definition">The form definition; null for the built-in one for <typeparamref name="TForm"/>.</param>
    /// <param name="options">Marking and review-date choices; null for the defaults.</param>
    /// <exception cref="ArgumentException">The definition binds a different record type.</exception>
    /// <exception cref="DisclosureRefusedException">The record holds gender history without the Gender Recognition Act 2004 s.22 exemption it may be printed under.</exception>
    /// <exception cref="UnprintableTextException">A value holds a character that cannot be printed or stored (the forms' <c>Validate</c> methods report the same); the message names every such field.</exception>
    public static FormDocument Build<TForm>(TForm form, FormDefinition? definition = null, FormDocumentOptions? options = null)
        where TForm : class
    {
        if (form is null)
        {
            throw new ArgumentNullException(nameof(form));
        }

        definition ??= FormDefinitions.For<TForm>();
        if (definition.RecordType != form.GetType())
        {
            throw new ArgumentException("The form definition '" + definition.Id + "' binds " + definition.RecordType.Name + ", not " + form.GetType().Name + ".", nameof(definition));
        }

        var values = (JsonObject)JsonSerializer.SerializeToNode(form, MaracJsonOptions.Default.GetTypeInfo(form.GetType()))!;
        if (UnprintableTextFinder.FindIn(form) is { Count: > 0 } unprintable)
        {
            throw new UnprintableTextException(unprintable);
        }

        if (GenderHistoryGuard.FindIn(form) is { Count: > 0 } unprotected)
        {
            throw new DisclosureRefusedException(unprotected);
        }

        var score = (form as DashChecklist)?.Score;
        return new DocumentAssembler(definition, options ?? FormDocumentOptions.Default, values, score).Build();
    }

    /// <summary>Builds the blank form for <paramref name="definition"/>: every input empty, with writing space sized for handwriting and spare rows in tables.</summary>
    public static FormDocument BuildBlank(FormDefinition definition, FormDocumentOptions? options = null)
    {
        if (definition is null)
        {
            throw new ArgumentNullException(nameof(definition));
        }

        return new DocumentAssembler(definition, options ?? FormDocumentOptions.Default, values: null, score: null).Build();
    }
}
