namespace Marac.Forms.Definitions.Model;

/// <summary>One option of a choice: the JSON value stored and the printed label.</summary>
internal sealed record FormOption(string Value, string Label)
{
    /// <summary>
    /// False for a value this form does not offer (for example another area's court orders): it is printed only
    /// when the record holds it, so nothing recorded under another form is lost, and never as an empty tick box.
    /// </summary>
    internal bool Offered { get; init; } = true;

    /// <summary>
    /// A short code (for example <c>6(1)(e)</c>): when every offered option of a choice has one, a blank form ticks
    /// codes and prints what each means once, in the help, instead of a long list of tick boxes.
    /// </summary>
    internal string? Code { get; init; }
}
