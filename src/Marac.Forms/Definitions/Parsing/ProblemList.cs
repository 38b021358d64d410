using Marac.Forms.Definitions.Model;

namespace Marac.Forms.Definitions.Parsing;

/// <summary>Collects the problems found while reading one file, so the loader reports them all at once.</summary>
internal sealed class ProblemList
{
    private readonly List<FormDefinitionProblem> problems = new();

    internal ProblemList(string source) => Source = source;

    internal string Source { get; }

    internal bool IsEmpty => problems.Count == 0;

    internal void Add(SourceJsonNode at, string message) => problems.Add(new FormDefinitionProblem(Source, at.Line, at.Column, at.Path, message));

    internal void Add(SourceLocation at, string message) => problems.Add(at.Problem(message));

    internal SourceLocation Locate(SourceJsonNode node) => new(Source, node.Line, node.Column, node.Path);

    internal void ThrowIfAny()
    {
        if (problems.Count > 0)
        {
            throw new FormDefinitionException(problems.ToArray());
        }
    }

    /// <summary>Reports members of <paramref name="node"/> that are not in <paramref name="allowed"/>.</summary>
    internal void RejectUnknownMembers(SourceJsonNode node, params string[] allowed)
    {
        foreach (var property in node.Properties)
        {
            if (Array.IndexOf(allowed, property.Key) < 0)
            {
                Add(property.Value, "'" + property.Key + "' is not a known setting here; expected one of: " + string.Join(", ", allowed));
            }
        }
    }

    internal SourceJsonNode? Expect(SourceJsonNode? node, SourceJsonKind kind)
    {
        if (node is null)
        {
            return null;
        }

        if (node.Kind != kind)
        {
            Add(node, "expected " + SourceJsonNode.Describe(kind) + ", found " + SourceJsonNode.Describe(node.Kind));
            return null;
        }

        return node;
    }

    internal string? OptionalString(SourceJsonNode parent, string name)
    {
        var node = Expect(parent[name], SourceJsonKind.String);
        return node?.Text;
    }

    internal string RequiredString(SourceJsonNode parent, string name)
    {
        var node = parent[name];
        if (node is null)
        {
            Add(parent, "'" + name + "' is required");
            return string.Empty;
        }

        var text = Expect(node, SourceJsonKind.String)?.Text ?? string.Empty;
        if (text.Trim().Length == 0 && node.Kind == SourceJsonKind.String)
        {
            Add(node, "'" + name + "' must not be empty");
        }

        return text;
    }

    internal int? OptionalInteger(SourceJsonNode parent, string name, int minimum, int maximum)
    {
        var node = Expect(parent[name], SourceJsonKind.Number);
        if (node is null)
        {
            return null;
        }

        if (!int.TryParse(node.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) || value < minimum || value > maximum)
        {
            Add(node, "expected a whole number from " + minimum + " to " + maximum);
            return null;
        }

        return value;
    }

    internal double? OptionalPositiveNumber(SourceJsonNode parent, string name)
    {
        var node = Expect(parent[name], SourceJsonKind.Number);
        if (node is null)
        {
            return null;
        }

        if (!double.TryParse(node.Text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) || value <= 0 || value > 100)
        {
            Add(node, "expected a number greater than 0 and at most 100");
            return null;
        }

        return value;
    }
}
