namespace Marac.Forms.Json;

/// <summary>A <see cref="StrictEnumConverter{TEnum}"/>, which tells the record shapes the names it reads and writes.</summary>
internal interface IStrictEnumConverter
{
    /// <summary>The enum's JSON names.</summary>
    EnumNames Names { get; }
}
