namespace Marac.Forms.Cli;

/// <summary>Where commands write: normal output and error output, injectable for tests.</summary>
internal sealed class CliOutput
{
    internal CliOutput(TextWriter output, TextWriter error)
    {
        Out = output;
        Error = error;
    }

    internal TextWriter Out { get; }

    internal TextWriter Error { get; }

    internal static CliOutput Console() => new(System.Console.Out, System.Console.Error);
}
