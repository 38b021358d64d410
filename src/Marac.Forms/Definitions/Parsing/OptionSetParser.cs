using Marac.Forms.Definitions.Model;

namespace Marac.Forms.Definitions.Parsing;

/// <summary>Reads option sets: named lists of <c>{ "value": ..., "label": ... }</c>.</summary>
internal static class OptionSetParser
{
    internal static Dictionary<string, IReadOnlyList<FormOption>> Parse(SourceJsonNode? node, ProblemList problems)
    {
        var sets = new Dictionary<string, IReadOnlyList<FormOption>>(StringComparer.Ordinal);
        if (problems.Expect(node, SourceJsonKind.Object) is not { } setsNode)
        {
            return sets;
        }

        foreach (var set in setsNode.Properties)
        {
            var options = ParseList(set.Value, problems);
            if (options is not null)
            {
                sets[set.Key] = options;
            }
        }

        return sets;
    }

    internal static IReadOnlyList<FormOption>? ParseList(SourceJsonNode node, ProblemList problems)
    {
        if (problems.Expect(node, SourceJsonKind.Array) is not { } list)
        {
            return null;
        }

        var options = new List<FormOption>();
        foreach (var item in list.Items)
        {
            if (problems.Expect(item, SourceJsonKind.Object) is not { } option)
            {
                continue;
            }

            problems.RejectUnknownMembers(option, "value", "label", "offered", "code");
            var value = problems.RequiredString(option, "value");
            var label = problems.RequiredString(option, "label");
            var offered = problems.Expect(option["offered"], SourceJsonKind.Boolean)?.Text != "false";
            var code = option["code"] is null ? null : problems.RequiredString(option, "code");
            if (options.Any(o => o.Value == value))
            {
                problems.Add(item, "the value '" + value + "' is listed twice");
                continue;
            }

            options.Add(new FormOption(value, label) { Offered = offered, Code = code });
        }

        return options;
    }
}
