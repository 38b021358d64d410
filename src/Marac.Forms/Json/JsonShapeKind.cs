namespace Marac.Forms.Json;

/// <summary>What a record member holds, as its JSON value shows it.</summary>
internal enum JsonShapeKind
{
    /// <summary>A JSON string.</summary>
    Text,

    /// <summary>JSON true or false.</summary>
    Boolean,

    /// <summary>A JSON number that fits a 32-bit integer.</summary>
    WholeNumber,

    /// <summary>A <see cref="CalendarDate"/>, a <c>"YYYY-MM-DD"</c> string.</summary>
    Date,

    /// <summary>An enum value, the exact camel-case name of one of its members.</summary>
    Enumeration,

    /// <summary>A record, a JSON object with known members.</summary>
    Object,

    /// <summary>A <see cref="ValueList{T}"/>, a JSON array whose items are never null.</summary>
    List,
}
