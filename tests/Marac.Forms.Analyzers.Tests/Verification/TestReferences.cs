using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Marac.Forms.Analyzers.Tests.Verification;

/// <summary>
/// The assemblies test sources compile against: the .NET 10 reference assemblies, and the real
/// Marac.Forms, Microsoft.Extensions.Logging, Serilog, NLog and Newtonsoft.Json builds.
/// </summary>
internal static class TestReferences
{
    /// <summary>
    /// The .NET 10 reference assemblies, from the Basic.Reference.Assemblies.Net100 package restored
    /// with the tests, so no test downloads a reference pack while it runs.
    /// </summary>
    public static IReadOnlyList<MetadataReference> Framework { get; } =
        Basic.Reference.Assemblies.Net100.References.All.ToArray<MetadataReference>();

    /// <summary>
    /// The test framework's own reference set, left empty (only the target framework named) because
    /// the tests add <see cref="Framework"/> themselves.
    /// </summary>
    public static ReferenceAssemblies NoFrameworkPack { get; } = new("net10.0");

    private static readonly Lazy<IReadOnlyList<MetadataReference>> LibraryReferences = new(() => new[]
    {
        typeof(Marac.Forms.DataProtection.LawfulBasis).Assembly,
        typeof(Microsoft.Extensions.Logging.ILogger).Assembly,
        typeof(Serilog.Log).Assembly,
        typeof(NLog.LogManager).Assembly,
        typeof(Newtonsoft.Json.JsonConvert).Assembly,
        typeof(Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute).Assembly,
    }.Select(a => (MetadataReference)MetadataReference.CreateFromFile(a.Location)).ToArray());

    /// <summary>Marac.Forms and the logging and JSON libraries, without the framework.</summary>
    public static IReadOnlyList<MetadataReference> Libraries => LibraryReferences.Value;

    /// <summary>Framework plus every library, Marac.Forms included.</summary>
    public static IReadOnlyList<MetadataReference> All => Framework.Concat(Libraries).ToArray();

    /// <summary>Framework and the logging and JSON libraries, without Marac.Forms.</summary>
    public static IReadOnlyList<MetadataReference> WithoutMaracForms => Framework.Concat(Libraries.Skip(1)).ToArray();

    public static string LoggingGeneratorPath =>
        typeof(TestReferences).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "LoggingGenerator").Value!;
}
