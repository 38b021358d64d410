using Marac.Forms.Definitions.Model;

namespace Marac.Forms.Definitions;

/// <summary>Reads the definition files embedded in the library (the <c>forms/</c> folder of the repository).</summary>
internal static class BuiltInForms
{
    private const string ResourcePrefix = "Marac.Forms.Definitions.Files.";

    private static readonly Lazy<SharedVocabulary> SharedFile =
        new(() => FormDefinitionLoader.LoadShared(Read("shared.json"), SourceName("shared.json")));

    internal static SharedVocabulary Shared => SharedFile.Value;

    internal static FormDefinition LoadDefinition(string fileName) => FormDefinitionLoader.Load(Read(fileName), SourceName(fileName));

    internal static FormOverlay LoadOverlay(string fileName) => FormDefinitionLoader.LoadOverlay(Read(fileName), SourceName(fileName));

    private static string SourceName(string fileName) => "built-in:forms/" + fileName;

    private static byte[] Read(string fileName)
    {
        // The build may name resources of sub-folders with either path separator; compare with dots.
        var wanted = ResourcePrefix + fileName.Replace('/', '.');
        var assembly = typeof(BuiltInForms).Assembly;
        var resource = assembly.GetManifestResourceNames().FirstOrDefault(name => name.Replace('\\', '.').Replace('/', '.') == wanted);
        using var stream = (resource is null ? null : assembly.GetManifestResourceStream(resource))
            ?? throw new InvalidOperationException("The built-in form file '" + fileName + "' is missing from the Marac.Forms assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
