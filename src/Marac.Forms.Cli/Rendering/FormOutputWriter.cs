using Marac.Forms.Definitions;
using Marac.Forms.Documents;
using Marac.Forms.Pdf;
using Marac.Forms.Word;

namespace Marac.Forms.Cli.Rendering;

/// <summary>Builds the FormDocument for a record (or a blank form) and writes it in each requested format.</summary>
internal sealed class FormOutputWriter
{
    private readonly RenderSettings settings;
    private readonly PdfRenderer pdf;

    internal FormOutputWriter(RenderSettings settings)
    {
        this.settings = settings;
        pdf = new PdfRenderer(new PdfRenderOptions { Encryption = settings.Encryption });
    }

    internal FormDefinition DefinitionFor(Type recordType)
    {
        var definition = FormDefinitions.For(recordType);
        return settings.Overlay is null ? definition : definition.WithOverlay(settings.Overlay);
    }

    /// <summary>Writes a completed form, its review line dated from <paramref name="referralDate"/> when given, else from the run's date; returns the files written.</summary>
    internal IReadOnlyList<string> WriteForm(object form, string outputBaseName, CalendarDate? referralDate = null)
    {
        var definition = DefinitionFor(form.GetType());
        var document = FormDocumentBuilder.Build(form, definition, Options(referralDate ?? settings.ReferralDate));
        return Write(document, outputBaseName);
    }

    /// <summary>Writes a blank form; returns the files written.</summary>
    internal IReadOnlyList<string> WriteBlank(FormDefinition definition, string outputBaseName) =>
        Write(FormDocumentBuilder.BuildBlank(definition, Options(null)), outputBaseName);

    private FormDocumentOptions Options(CalendarDate? referralDate) =>
        new() { Marking = settings.Marking, ReferralDate = referralDate };

    private IReadOnlyList<string> Write(FormDocument document, string outputBaseName)
    {
        var written = new List<string>(2);
        foreach (var (format, extension) in OutputFormatParser.Each(settings.Formats))
        {
            var path = Path.Combine(settings.OutputDirectory, outputBaseName + extension);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var bytes = format == OutputFormats.Pdf ? pdf.Render(document) : new WordRenderer().Render(document);
            File.WriteAllBytes(path, bytes);
            written.Add(path);
        }

        return written;
    }
}
