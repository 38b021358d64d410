using Marac.Forms.Definitions.Parsing;

namespace Marac.Forms.Definitions;

/// <summary>
/// A local variant kept as data: it changes a form's marking and local settings (area name, secure
/// address, sending instructions, advocate term, escalation threshold, retention) and may add items,
/// such as extra Dash questions, which are printed as local wording. Load one with
/// <see cref="FormDefinitionLoader.LoadOverlay(Stream, string)"/> and apply it with
/// <see cref="FormDefinition.WithOverlay"/>.
/// </summary>
public sealed class FormOverlay
{
    internal FormOverlay(string id, string name, string version, string source, SourceJsonNode root)
    {
        Id = id;
        Name = name;
        Version = version;
        Source = source;
        Root = root;
    }

    /// <summary>The overlay's identifier, for example <c>scotland</c>.</summary>
    public string Id { get; }

    /// <summary>The overlay's printed name, for example "Scotland".</summary>
    public string Name { get; }

    /// <summary>The overlay's version, printed after the form's version.</summary>
    public string Version { get; }

    /// <summary>Where the overlay was loaded from.</summary>
    public string Source { get; }

    /// <summary>The parsed file; its items are checked against each form when applied, because they bind to that form's record.</summary>
    internal SourceJsonNode Root { get; }

    /// <inheritdoc />
    public override string ToString() => Name + " overlay (" + Id + ", version " + Version + ")";
}
