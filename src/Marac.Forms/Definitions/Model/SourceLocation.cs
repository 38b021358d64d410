namespace Marac.Forms.Definitions.Model;

/// <summary>Where an item was written, so problems found after loading (for example when an overlay is applied) still point at the file.</summary>
internal sealed record SourceLocation(string Source, int Line, int Column, string Path)
{
    internal FormDefinitionProblem Problem(string message) => new(Source, Line, Column, Path, message);
}
