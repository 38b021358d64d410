using System.Linq;
using System.Reflection;

namespace Marac.Forms.Analyzers;

/// <summary>Where each rule's page is published.</summary>
internal static class RuleDocumentation
{
    /// <summary>
    /// The project's repository, as the build stamps it on this assembly from <c>MaracRepositoryUrl</c> in
    /// Directory.Build.props: the one place the address is set, shared with the packages' Source Link and metadata.
    /// </summary>
    public static readonly string RepositoryUrl = typeof(RuleDocumentation).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryUrl").Value!;

    /// <summary>The folder of rule pages on the default branch, ending in a slash.</summary>
    public static string RulesBase => RepositoryUrl + "/blob/main/docs/rules/";

    /// <summary>The absolute address of the page for <paramref name="id"/>, which IDEs open from the diagnostic.</summary>
    public static string HelpLinkFor(string id) => RulesBase + id + ".md";
}
