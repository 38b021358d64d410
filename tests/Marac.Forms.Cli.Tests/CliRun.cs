namespace Marac.Forms.Cli.Tests;

/// <summary>Runs the CLI in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    internal static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, new CliOutput(output, error));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    internal string All => Out + Error;
}
