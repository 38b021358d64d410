namespace Marac.Forms.Analyzers.Tests.Verification;

/// <summary>Source files kept under Corpus/ and embedded in the test assembly.</summary>
internal static class Corpus
{
    public static string Read(string fileName)
    {
        using var stream = typeof(Corpus).Assembly.GetManifestResourceStream("Corpus." + fileName)
            ?? throw new InvalidOperationException($"Corpus file {fileName} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
