namespace Marac.Forms.Definitions.Binding;

/// <summary>What a record member holds, as seen in its JSON form.</summary>
internal enum RecordValueKind
{
    Text,
    Boolean,
    WholeNumber,
    Date,
    Enumeration,
    Object,
    List,
}
