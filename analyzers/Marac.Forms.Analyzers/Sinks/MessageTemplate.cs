using System;
using System.Collections.Generic;

namespace Marac.Forms.Analyzers.Sinks;

/// <summary>
/// The holes of a structured-logging message template (<c>"Referral {Id} for {@Victim}"</c>), as
/// Microsoft.Extensions.Logging, Serilog and NLog write them. <c>@</c> asks the logger to walk the
/// object's members instead of calling <c>ToString()</c>.
/// </summary>
internal sealed class MessageTemplate
{
    private readonly List<Hole> holes;

    private MessageTemplate(List<Hole> holes) => this.holes = holes;

    public static MessageTemplate Empty { get; } = new(new List<Hole>());

    public static MessageTemplate Parse(string? text)
    {
        var holes = new List<Hole>();
        if (text is null)
        {
            return new MessageTemplate(holes);
        }

        var i = 0;
        while (i < text.Length)
        {
            if (text[i] != '{')
            {
                i++;
                continue;
            }

            if (i + 1 < text.Length && text[i + 1] == '{')
            {
                i += 2;
                continue;
            }

            var close = text.IndexOf('}', i + 1);
            if (close < 0)
            {
                break;
            }

            var body = text.Substring(i + 1, close - i - 1);
            var destructure = body.StartsWith("@", StringComparison.Ordinal);
            if (destructure || body.StartsWith("$", StringComparison.Ordinal))
            {
                body = body.Substring(1);
            }

            var end = body.IndexOfAny(new[] { ',', ':' });
            var name = (end < 0 ? body : body.Substring(0, end)).Trim();
            holes.Add(new Hole(name, destructure));
            i = close + 1;
        }

        return new MessageTemplate(holes);
    }

    /// <summary>Whether the argument at <paramref name="position"/> (0-based, after the template) is destructured.</summary>
    public bool IsDestructuredAt(int position)
    {
        if (AllNumeric())
        {
            foreach (var hole in holes)
            {
                if (int.Parse(hole.Name, System.Globalization.CultureInfo.InvariantCulture) == position && hole.Destructure)
                {
                    return true;
                }
            }

            return false;
        }

        return position < holes.Count && holes[position].Destructure;
    }

    /// <summary>Whether the hole named <paramref name="name"/> is destructured (names compare ignoring case, as the logging generator does).</summary>
    public bool IsDestructured(string name)
    {
        foreach (var hole in holes)
        {
            if (hole.Destructure && string.Equals(hole.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool AllNumeric()
    {
        if (holes.Count == 0)
        {
            return false;
        }

        foreach (var hole in holes)
        {
            if (hole.Name.Length == 0 || hole.Name.Length > 6)
            {
                return false;
            }

            foreach (var c in hole.Name)
            {
                if (c is < '0' or > '9')
                {
                    return false;
                }
            }
        }

        return true;
    }

    private readonly struct Hole
    {
        public Hole(string name, bool destructure)
        {
            Name = name;
            Destructure = destructure;
        }

        public string Name { get; }

        public bool Destructure { get; }
    }
}
