namespace Marac.Forms.Cli;

/// <summary>The documented exit codes of every command.</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked and no problems were found.</summary>
    internal const int Ok = 0;

    /// <summary>The command ran but found problems (invalid forms, files that could not be read or written).</summary>
    internal const int ProblemsFound = 1;

    /// <summary>The command line itself was wrong (unknown command or option, missing argument).</summary>
    internal const int BadUsage = 2;
}
