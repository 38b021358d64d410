using Marac.Forms.Definitions.Binding;
using Marac.Forms.Definitions.Model;

namespace Marac.Forms.Definitions.Parsing;

/// <summary>Reads a <c>printWhen</c> condition of a section or a group: a choice or yes/no member and the values for which it is printed.</summary>
internal static class PrintConditionParser
{
    internal static PrintCondition? Parse(SourceJsonNode? node, RecordValueType shape, ProblemList problems)
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
        var chosen = member?.Type is { Kind: RecordValueKind.List, Element: { Kind: RecordValueKind.Enumeration } element } ? element : member?.Type;
        if (member is not null && chosen!.Kind is not (RecordValueKind.Enumeration or RecordValueKind.Boolean))
        {
            problems.Add(condition["bind"]!, "'" + binding + "' is " + member.Type.Describe() + "; printWhen names a choice, a tick list or a yes/no member");
            return null;
        }

        var allowed = chosen?.Kind == RecordValueKind.Boolean ? new[] { "true", "false" } : chosen?.EnumValues.ToArray() ?? Array.Empty<string>();
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
