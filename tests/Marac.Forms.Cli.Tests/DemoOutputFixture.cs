namespace Marac.Forms.Cli.Tests;

/// <summary>Runs <c>demo --out</c> once for the tests that read its documents.</summary>
public sealed class DemoOutputFixture : IDisposable
{
    public DemoOutputFixture()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("marac-demo-").FullName;
        Run = CliRun.Of("demo", "--out", Directory);
    }

    internal CliRun Run { get; }

    internal string Directory { get; }

    internal string PathOf(string fileName) => System.IO.Path.Combine(Directory, fileName);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
