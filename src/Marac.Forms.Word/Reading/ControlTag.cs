namespace Marac.Forms.Word.Reading;

/// <summary>A content control's tag split into its binding path and, for a tick box, the option value after the last <c>=</c> outside brackets.</summary>
internal readonly struct ControlTag
{
    private ControlTag(string binding, string? optionValue)
    {
        Binding = binding;
        OptionValue = optionValue;
    }

    internal string Binding { get; }

    internal string? OptionValue { get; }

    internal static ControlTag Parse(string tag)
    {
        var depth = 0;
        var split = -1;
        for (var i = 0; i < tag.Length; i++)
        {
            switch (tag[i])
            {
                case '[':
                    depth++;
                    break;
                case ']':
                    depth--;
                    break;
                case '=' when depth == 0:
                    split = i;
                    break;
            }
        }

        return split < 0 ? new ControlTag(tag, null) : new ControlTag(tag.Substring(0, split), tag.Substring(split + 1));
    }
}
