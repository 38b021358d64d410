using Marac.Forms.Definitions;
using Marac.Forms.Documents;
using Marac.Forms.Json;

namespace Marac.Forms.Cli;

/// <summary>Turns an exception into the plain sentence an admin reads: what went wrong, never a .NET type name or parameter name.</summary>
internal static class CliMessages
{
    internal static string Describe(Exception ex) => ex switch
    {
        MaracFormsException or MaracFormatException or FormDefinitionException or FormReadException => ex.Message,
        UnauthorizedAccessException => "permission denied.",
        DirectoryNotFoundException => "a folder on the path does not exist.",
        FileNotFoundException => "the file does not exist.",
        IOException => "the file cannot be read or written (" + ex.Message + ").",
        ArgumentException argument => WithoutParameterName(argument),
        _ => "an unexpected error stopped it: " + ex.Message,
    };

    private static string WithoutParameterName(ArgumentException ex)
    {
        var message = ex.Message;
        var suffix = ex.ParamName is null ? null : " (Parameter '" + ex.ParamName + "')";
        return suffix is not null && message.EndsWith(suffix, StringComparison.Ordinal) ? message.Substring(0, message.Length - suffix.Length) : message;
    }
}
