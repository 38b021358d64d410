using Marac.Forms.Definitions.Model;

namespace Marac.Forms.Definitions.Parsing;

/// <summary>Reads a <c>phrases</c> object, checking names and placeholders.</summary>
internal static class PhraseParser
{
    internal static void Parse(SourceJsonNode? node, Dictionary<string, string> phrases, ProblemList problems)
    {
        if (problems.Expect(node, SourceJsonKind.Object) is not { } phrasesNode)
        {
            return;
        }

        problems.RejectUnknownMembers(phrasesNode, FormPhrases.All.Keys.ToArray());
        foreach (var phrase in phrasesNode.Properties)
        {
            if (!FormPhrases.All.TryGetValue(phrase.Key, out var placeholders) || problems.Expect(phrase.Value, SourceJsonKind.String) is null)
            {
                continue;
            }

            var text = phrase.Value.Text!;
            foreach (var unknown in TextTemplate.UnknownPlaceholders(text, placeholders))
            {
                problems.Add(phrase.Value, "unknown placeholder '{" + unknown + "}' in phrase '" + phrase.Key + "'");
            }

            if (phrase.Key == FormPhrases.PageNumbers && !FormPhrases.IsPageNumberPhrase(text))
            {
                problems.Add(phrase.Value, "the phrase 'pageNumbers' holds {page} and then {pages}, with {pages} at its end");
            }

            phrases[phrase.Key] = text;
        }
    }
}
