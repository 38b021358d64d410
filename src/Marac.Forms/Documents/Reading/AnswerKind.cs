namespace Marac.Forms.Documents.Reading;

/// <summary>How an input's answer becomes a JSON value.</summary>
internal enum AnswerKind
{
    Text,
    WholeNumber,
    Date,
    TextList,
    SingleChoice,
    MultipleChoice,
}
