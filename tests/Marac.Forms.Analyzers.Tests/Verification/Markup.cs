using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Marac.Forms.Analyzers.Tests.Verification;

/// <summary>
/// Source with expected diagnostics marked as <c>{|MARAC001:expression|}</c>. Marks may nest when
/// two rules report the same expression.
/// </summary>
internal sealed class Markup
{
    private Markup(string source, IReadOnlyList<ExpectedDiagnostic> expected)
    {
        Source = source;
        Expected = expected;
    }

    public string Source { get; }

    public IReadOnlyList<ExpectedDiagnostic> Expected { get; }

    public static Markup Parse(string markup)
    {
        var output = new StringBuilder(markup.Length);
        var open = new Stack<(string Id, int Start)>();
        var expected = new List<ExpectedDiagnostic>();
        var i = 0;
        while (i < markup.Length)
        {
            if (markup[i] == '{' && i + 1 < markup.Length && markup[i + 1] == '|')
            {
                var colon = markup.IndexOf(':', i + 2);
                if (colon < 0)
                {
                    throw new FormatException($"Markup '{{|' at {i} has no ':' after the rule id.");
                }

                open.Push((markup.Substring(i + 2, colon - i - 2), output.Length));
                i = colon + 1;
            }
            else if (markup[i] == '|' && i + 1 < markup.Length && markup[i + 1] == '}' && open.Count > 0)
            {
                var (id, start) = open.Pop();
                expected.Add(new ExpectedDiagnostic(id, TextSpan.FromBounds(start, output.Length)));
                i += 2;
            }
            else
            {
                output.Append(markup[i]);
                i++;
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException($"Markup for {open.Peek().Id} is not closed.");
        }

        return new Markup(output.ToString(), expected);
    }
}
