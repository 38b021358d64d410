namespace Marac.Forms.Analyzers;

/// <summary>Where each rule's page is published: the one place the address is configured.</summary>
internal static class RuleDocumentation
{
    /// <summary>The project's repository; the same address the package's SourceLink and RepositoryUrl name.</summary>
    public const string RepositoryUrl = "https://github.com/marac-forms/marac-forms";

    /// <summary>The folder of rule pages on the default branch, ending in a slash.</summary>
    public const string RulesBase = RepositoryUrl + "/blob/main/docs/rules/";

    /// <summary>The absolute address of the page for <paramref name="id"/>, which IDEs open from the diagnostic.</summary>
    public static string HelpLinkFor(string id) => RulesBase + id + ".md";
}
