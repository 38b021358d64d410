namespace Marac.Forms.Definitions.Model;

/// <summary>A section of a form definition.</summary>
internal sealed record FormSection(string Id, string Heading, IReadOnlyList<FormItem> Items, SourceLocation Location);
