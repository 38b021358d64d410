namespace Marac.Forms.Json;

/// <summary>A <see cref="ValueList{T}"/> converter, which tells the record shapes its item type without reflection.</summary>
internal interface IValueListConverter
{
    /// <summary>The type of the list's items.</summary>
    Type ItemType { get; }
}
