using Marac.Forms.Definitions.Model;
using Marac.Forms.Json;

namespace Marac.Forms.Definitions.Parsing;

/// <summary>Reads a <c>printWhen</c> condition of a section or a group: a choice or yes/no member and the values for which it is printed.</summary>
internal static class PrintConditionParser
{
    internal static PrintCondition? Parse(SourceJsonNode? node, JsonShape shape, ProblemList problems)
    {
        if (problems.Expect(node, SourceJsonKind.Object) is not { } condition)
        {
            return null;
        }

        problems.RejectUnknownMembers(condition, "bind", "values");
        var binding = problems.RequiredString(condition, "bind");
        var member = binding.Length == 0 ? null : shape.Resolve(binding);
        if (binding.Length > 0 && member is null)
        {
            problems.Add(condition["bind"]!, "unknown binding '" + binding + "'");
            return null;
        }

        // A tick list counts as holding each value ticked.
        var chosen = member?.Shape is { Kind: JsonShapeKind.List, Element: { Kind: JsonShapeKind.Enumeration } element } ? element : member?.Shape;
        if (member is not null && chosen!.Kind is not (JsonShapeKind.Enumeration or JsonShapeKind.Boolean))
        {
            problems.Add(condition["bind"]!, "'" + binding + "' is " + member.Shape.Description + "; printWhen names a choice, a tick list or a yes/no member");
            return null;
        }

        var allowed = chosen?.Kind == JsonShapeKind.Boolean ? new[] { "true", "false" } : chosen?.EnumNames!.Names.ToArray() ?? Array.Empty<string>();
        var values = new List<string>();
        if (problems.Expect(condition["values"], SourceJsonKind.Array) is { } list)
        {
            foreach (var item in list.Items)
            {
                if (problems.Expect(item, SourceJsonKind.String)?.Text is { } value)
                {
                    if (Array.IndexOf(allowed, value) < 0)
                    {
                        problems.Add(item, "'" + value + "' is not a value of '" + binding + "'; its values are: " + string.Join(", ", allowed));
                    }

                    values.Add(value);
                }
            }
        }
        else
        {
            problems.Add(condition, "'values' is required: the values for which the section or group is printed");
        }

        return new PrintCondition(binding, values);
    }
}
