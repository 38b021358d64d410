using Marac.Forms.Definitions.Model;
using Marac.Forms.Definitions.Parsing;

namespace Marac.Forms.Definitions;

/// <summary>
/// Loads form definitions and overlays from JSON (the format is described in <c>forms/README.md</c>).
/// Every problem (bad JSON, an unknown binding or kind, a field bound twice) is reported at once in a
/// <see cref="FormDefinitionException"/> naming the file, line, column and offending path.
/// </summary>
public static class FormDefinitionLoader
{
    /// <summary>Loads a definition from UTF-8 JSON. The shared option sets (labels for the standard choices) are available to it.</summary>
    /// <param name="utf8Json">The definition file's content.</param>
    /// <param name="sourceName">A name for the content, used in error messages (for example the file name).</param>
    /// <exception cref="FormDefinitionException">The definition is not valid.</exception>
    public static FormDefinition Load(Stream utf8Json, string sourceName)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        return Load(ReadAll(utf8Json), sourceName ?? throw new ArgumentNullException(nameof(sourceName)));
    }

    /// <summary>Loads a definition file.</summary>
    /// <exception cref="FormDefinitionException">The definition is not valid.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static FormDefinition LoadFile(string path) => Load(File.ReadAllBytes(path), path);

    /// <summary>Loads an overlay from UTF-8 JSON. Its additions are checked against each form when applied.</summary>
    /// <exception cref="FormDefinitionException">The overlay is not valid.</exception>
    public static FormOverlay LoadOverlay(Stream utf8Json, string sourceName)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        return LoadOverlay(ReadAll(utf8Json), sourceName ?? throw new ArgumentNullException(nameof(sourceName)));
    }

    /// <summary>Loads an overlay file.</summary>
    /// <exception cref="FormDefinitionException">The overlay is not valid.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static FormOverlay LoadOverlayFile(string path) => LoadOverlay(File.ReadAllBytes(path), path);

    internal static FormDefinition Load(byte[] utf8, string sourceName) =>
        DefinitionParser.Parse(SourceJsonParser.Parse(utf8, sourceName), sourceName, BuiltInForms.Shared);

    internal static FormOverlay LoadOverlay(byte[] utf8, string sourceName) =>
        OverlayParser.Parse(SourceJsonParser.Parse(utf8, sourceName), sourceName);

    internal static SharedVocabulary LoadShared(byte[] utf8, string sourceName)
    {
        var root = SourceJsonParser.Parse(utf8, sourceName);
        var problems = new ProblemList(sourceName);
        problems.RejectUnknownMembers(root, "format", "phrases", "optionSets");
        DefinitionParser.CheckFormat(root, problems);
        var sets = OptionSetParser.Parse(root["optionSets"], problems);
        var phrases = new Dictionary<string, string>(StringComparer.Ordinal);
        PhraseParser.Parse(root["phrases"], phrases, problems);
        foreach (var name in FormPhrases.All.Keys.Where(name => !phrases.ContainsKey(name)))
        {
            problems.Add(root, "the phrase '" + name + "' is missing");
        }

        problems.ThrowIfAny();
        return new SharedVocabulary(sets, phrases);
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
