using System.Globalization;

namespace Marac.Forms;

/// <summary>Collects problems while validators walk a record, tracking the JSON path.</summary>
internal sealed class ProblemCollector
{
    private readonly List<ValidationProblem> problems = new();
    private readonly List<ValidationProblem> warnings = new();

    internal ProblemCollector(ValidationOptions options) => Options = options;

    internal ValidationOptions Options { get; }

    internal void Add(string path, string message) => problems.Add(new ValidationProblem(path, message));

    internal void Warn(string path, string message) => warnings.Add(new ValidationProblem(path, message) { Severity = ValidationSeverity.Warning });

    internal ValidationReport ToReport() => new(problems.ToArray(), warnings.ToArray());

    internal static string Join(string parent, string member) => parent.Length == 0 ? member : parent + "." + member;

    internal static string Index(string parent, int index) => parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    internal void Required(string path, string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(path, $"{what} is required.");
        }
    }

    internal void Required<T>(string path, T? value, string what)
        where T : struct
    {
        if (value is null)
        {
            Add(path, $"{what} is required.");
        }
    }

    internal void ShortText(string path, string? value) => Length(path, value, Options.MaximumShortTextLength);

    internal void LongText(string path, string? value) => Length(path, value, Options.MaximumLongTextLength);

    internal void NotInFuture(string path, CalendarDate? date, string what)
    {
        if (date is { } d && d > Options.Today)
        {
            Add(path, $"{what} ({d}) is in the future.");
        }
    }

    internal void Email(string path, string? value)
    {
        ShortText(path, value);
        if (!string.IsNullOrWhiteSpace(value))
        {
            var at = value!.IndexOf('@');
            if (at <= 0 || at != value.LastIndexOf('@') || at == value.Length - 1 || value.Any(char.IsWhiteSpace))
            {
                Add(path, "is not an email address.");
            }
        }
    }

    private void Length(string path, string? value, int maximum)
    {
        if (value is not null && value.Length > maximum)
        {
            Add(path, string.Format(CultureInfo.InvariantCulture, "is {0:N0} characters long; the most allowed is {1:N0}.", value.Length, maximum));
        }
    }
}
