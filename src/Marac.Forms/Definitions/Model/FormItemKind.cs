namespace Marac.Forms.Definitions.Model;

/// <summary>The kinds of item a form definition may contain (written in camel case in the files).</summary>
internal enum FormItemKind
{
    Text,
    Note,
    Subheading,
    SingleLine,
    MultiLine,
    Date,
    Number,
    TextList,
    YesNo,
    Tick,
    Choice,
    TickList,
    RiskQuestion,
    Group,

    /// <summary>Two or three short inputs that belong together, printed side by side.</summary>
    Row,
    Table,
    Repeat,
    Signature,
    Score,
    LocalQuestions,
}
