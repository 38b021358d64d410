namespace Marac.Forms.Word.Writing;

/// <summary>The paragraph style ids the document uses; the built-in names make the navigation pane and screen readers work.</summary>
internal static class StyleIds
{
    internal const string Normal = "Normal";
    internal const string Title = "Title";
    internal const string Heading1 = "Heading1";
    internal const string Heading2 = "Heading2";
    internal const string Note = "Note";
    internal const string Help = "Help";

    /// <summary>An answer (a content control's paragraph) inside a form's cell.</summary>
    internal const string Answer = "Answer";
    internal const string Label = "Label";
    internal const string Header = "Header";
    internal const string Footer = "Footer";
}
