namespace Marac.Forms.Analyzers.Flow;

/// <summary>How a sink turns an object into output, which decides which of its members leave.</summary>
internal enum ExposureMode
{
    /// <summary>The sink calls <c>ToString()</c> (plain log arguments, console, string building).</summary>
    Formatting,

    /// <summary>The sink walks public members (Serilog and NLog <c>{@Name}</c> destructuring).</summary>
    Destructuring,

    /// <summary>System.Text.Json: public properties, minus <c>[JsonIgnore]</c>.</summary>
    SystemTextJson,

    /// <summary>Newtonsoft.Json: public properties and fields, minus its <c>[JsonIgnore]</c>.</summary>
    NewtonsoftJson,

    /// <summary>XmlSerializer: public properties and fields, minus <c>[XmlIgnore]</c>.</summary>
    Xml,

    /// <summary>DataContractSerializer: <c>[DataMember]</c> members of a <c>[DataContract]</c> type, else public members.</summary>
    DataContract,
}
