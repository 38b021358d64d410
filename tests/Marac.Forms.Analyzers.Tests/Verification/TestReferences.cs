using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Marac.Forms.Analyzers.Tests.Verification;

/// <summary>
/// The assemblies test sources compile against: the reference assemblies of the running .NET, and
/// the real Marac.Forms, Microsoft.Extensions.Logging, Serilog, NLog and Newtonsoft.Json builds.
/// </summary>
internal static class TestReferences
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> Framework = new(LoadFramework);
    private static readonly Lazy<IReadOnlyList<MetadataReference>> Libraries = new(() => new[]
    {
        typeof(Marac.Forms.DataProtection.LawfulBasis).Assembly,
        typeof(Microsoft.Extensions.Logging.ILogger).Assembly,
        typeof(Serilog.Log).Assembly,
        typeof(NLog.LogManager).Assembly,
        typeof(Newtonsoft.Json.JsonConvert).Assembly,
        typeof(Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute).Assembly,
    }.Select(a => (MetadataReference)MetadataReference.CreateFromFile(a.Location)).ToArray());

    private static readonly Lazy<IReadOnlyList<MetadataReference>> ThirdPartyOnly = new(() =>
        Libraries.Value.Skip(1).ToArray());

    /// <summary>Framework plus every library, Marac.Forms included.</summary>
    public static IReadOnlyList<MetadataReference> All => Framework.Value.Concat(Libraries.Value).ToArray();

    /// <summary>Framework and the logging and JSON libraries, without Marac.Forms.</summary>
    public static IReadOnlyList<MetadataReference> WithoutMaracForms => Framework.Value.Concat(ThirdPartyOnly.Value).ToArray();

    public static string LoggingGeneratorPath =>
        typeof(TestReferences).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "LoggingGenerator").Value!;

    private static IReadOnlyList<MetadataReference> LoadFramework()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var version = Environment.Version;
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        var tfm = $"net{version.Major}.{version.Minor}";
        var referenceDirectory = Directory.Exists(packs)
            ? Directory.GetDirectories(packs)
                .Select(d => Path.Combine(d, "ref", tfm))
                .Where(Directory.Exists)
                .OrderByDescending(d => d, StringComparer.Ordinal)
                .FirstOrDefault()
            : null;
        if (referenceDirectory is null)
        {
            throw new InvalidOperationException($"No reference pack for {tfm} under {packs}: install the .NET {version.Major} SDK.");
        }

        return Directory.GetFiles(referenceDirectory, "*.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
    }
}
