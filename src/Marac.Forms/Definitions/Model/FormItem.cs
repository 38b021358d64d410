namespace Marac.Forms.Definitions.Model;

/// <summary>One item of a form definition: fixed text, an input bound to a record member, or a container.</summary>
internal sealed record FormItem
{
    internal FormItemKind Kind { get; init; }

    /// <summary>An explicit identifier (for items without a binding), used by overlays to place additions.</summary>
    internal string? Id { get; init; }

    /// <summary>The record member, as JSON names joined by dots; relative to the row for items inside a repeat.</summary>
    internal string? Binding { get; init; }

    /// <summary>The label, question or caption; for text items, the text itself.</summary>
    internal string Label { get; init; } = string.Empty;

    internal string? Help { get; init; }

    /// <summary>The printed number of a risk question.</summary>
    internal string? Number { get; init; }

    /// <summary>Lines of writing space on a blank form.</summary>
    internal int Lines { get; init; } = 1;

    internal IReadOnlyList<FormOption> Options { get; init; } = Array.Empty<FormOption>();

    /// <summary>True to draw a single choice as a drop-down instead of tick boxes.</summary>
    internal bool DropDown { get; init; }

    /// <summary>Follow-up items of a risk question, the items of a group, or the fields of each repeated entry.</summary>
    internal IReadOnlyList<FormItem> Items { get; init; } = Array.Empty<FormItem>();

    /// <summary>For a group, the condition under which a completed form prints it; null to print it always.</summary>
    internal PrintCondition? PrintWhen { get; init; }

    internal IReadOnlyList<FormTableColumn> Columns { get; init; } = Array.Empty<FormTableColumn>();

    /// <summary>Empty rows (table) or entries (repeat) offered on a blank form.</summary>
    internal int BlankRows { get; init; }

    internal IReadOnlyList<LocalQuestion> LocalQuestions { get; init; } = Array.Empty<LocalQuestion>();

    /// <summary>The overlay that added the item, when its wording is local; otherwise null.</summary>
    internal string? Origin { get; init; }

    internal SourceLocation Location { get; init; } = new(string.Empty, 0, 0, string.Empty);

    /// <summary>The name overlays use to refer to the item.</summary>
    internal string? Key => Id ?? Binding;
}
