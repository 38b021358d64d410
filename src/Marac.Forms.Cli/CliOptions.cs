using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Marac.Forms.Cli;

/// <summary>
/// Options whose values are read with plain-English errors: enums by name only (never by number), whole
/// numbers and dates with the option's own name in the message, never a .NET type name.
/// </summary>
internal static class CliOptions
{
    /// <summary>An enum option that accepts the members' camel-case names (any letter case) and nothing else.</summary>
    internal static Option<TEnum?> Named<TEnum>(string name, string description, IReadOnlyDictionary<TEnum, string> namesByValue)
        where TEnum : struct, Enum
    {
        string list = string.Join(", ", namesByValue.Values);
        return new Option<TEnum?>(name)
        {
            Description = description + " One of: " + list + ".",
            HelpName = "name",
            CustomParser = result =>
            {
                string text = Single(result);
                foreach (var pair in namesByValue)
                {
                    if (string.Equals(pair.Value, text, StringComparison.OrdinalIgnoreCase))
                    {
                        return pair.Key;
                    }
                }

                result.AddError($"{name}: '{text}' is not one of the names it takes ({list}).");
                return null;
            },
        };
    }

    /// <summary>A whole-number option of at least <paramref name="minimum"/>.</summary>
    internal static Option<int?> WholeNumber(string name, string description, int minimum) => new(name)
    {
        Description = description,
        HelpName = "number",
        CustomParser = result =>
        {
            string text = Single(result);
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value < minimum)
            {
                result.AddError($"{name}: '{text}' is not a whole number of {minimum} or more.");
                return null;
            }

            return value;
        },
    };

    /// <summary>A date option written as YYYY-MM-DD.</summary>
    internal static Option<CalendarDate?> Date(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "yyyy-mm-dd",
        CustomParser = result =>
        {
            string text = Single(result);
            if (!CalendarDate.TryParseIso(text, out var date))
            {
                result.AddError($"{name}: '{text}' is not a date written as YYYY-MM-DD (for example 2026-10-20).");
                return null;
            }

            return date;
        },
    };

    private static string Single(ArgumentResult result) => result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
}
