namespace Marac.Forms.Documents;

/// <summary>Finds every text value of a record that holds a character <see cref="UnprintableCharacters"/> rejects.</summary>
internal static class UnprintableTextFinder
{
    /// <summary>Each text value at fault, with its path and what is wrong.</summary>
    internal static IReadOnlyList<ValidationProblem> FindIn(object record)
    {
        var problems = new List<ValidationProblem>();
        RecordWalker.Walk(record, (value, path) =>
        {
            if (value is string text && UnprintableCharacters.IndexOfFirst(text) is var at and >= 0)
            {
                problems.Add(new ValidationProblem(path, UnprintableCharacters.Describe(text, at)));
            }
        });
        return problems;
    }
}
