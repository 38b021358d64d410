namespace Marac.Forms.Cli;

/// <summary>Where commands write: normal output and error output, injectable for tests.</summary>
internal sealed class CliOutput
{
    internal CliOutput(TextWriter output, TextWriter error, bool isTerminal = false)
    {
        Out = output;
        Error = error;
        IsTerminal = isTerminal;
    }

    internal TextWriter Out { get; }

    internal TextWriter Error { get; }

    /// <summary>True when output goes to an interactive terminal, so a live progress bar is welcome; false when redirected.</summary>
    internal bool IsTerminal { get; }

    internal static CliOutput Console() =>
        new(System.Console.Out, System.Console.Error, !System.Console.IsOutputRedirected && !System.Console.IsErrorRedirected);
}
