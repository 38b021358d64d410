using System.Reflection;
using Marac.Forms.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace Marac.Forms.Analyzers.Tests;

/// <summary>
/// The sink tests' code compiled against the oldest supported and the current release of each sink
/// library, one release at a time, with the same leaks expected: the analyzers find sinks by their
/// names in the real assemblies, so a release that moves or renames them must fail here.
/// </summary>
public sealed class SinkReleaseTests
{
    private static readonly IReadOnlyDictionary<string, string[]> SourcesByPackage = new Dictionary<string, string[]>
    {
        ["Microsoft.Extensions.Logging.Abstractions"] = new[] { LoggingSinkTests.MicrosoftLogging, LoggingSinkTests.MicrosoftLoggingObjects },
        ["Serilog"] = new[] { LoggingSinkTests.Serilog },
        ["NLog"] = new[] { LoggingSinkTests.NLog },
        ["Newtonsoft.Json"] = new[] { SerialiserSinkTests.NewtonsoftJson },
    };

    public static TheoryData<string, string> Releases()
    {
        var data = new TheoryData<string, string>();
        foreach (var release in SinkRelease.All)
        {
            data.Add(release.Package, release.Version);
        }

        return data;
    }

    [Fact]
    public void Each_sink_library_is_tested_at_two_releases_of_which_one_is_its_current_major()
    {
        var versions = SinkRelease.All.ToLookup(r => r.Package, r => new Version(r.Version));
        Assert.Equal(SourcesByPackage.Keys.Order(StringComparer.Ordinal), versions.Select(g => g.Key).Order(StringComparer.Ordinal));
        Assert.All(versions, g => Assert.Equal(2, g.Distinct().Count()));
        Assert.Equal(4, versions["Serilog"].Max()!.Major);
        Assert.Equal(6, versions["NLog"].Max()!.Major);
        Assert.Equal(new Version(13, 0, 4), versions["Newtonsoft.Json"].Max());
        Assert.Equal(new[] { 8, 10 }, versions["Microsoft.Extensions.Logging.Abstractions"].Select(v => v.Major).Order());
        Assert.Equal(
            SinkRelease.All.Where(r => r.Package == "Microsoft.Extensions.Logging.Abstractions").Select(r => r.Version).Order(StringComparer.Ordinal),
            SinkRelease.Generators.Select(g => g.Version).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Releases))]
    public async Task The_leaks_are_reported_against_the_release(string package, string version)
    {
        var release = SinkRelease.All.Single(r => r.Package == package && r.Version == version);
        Assert.True(File.Exists(release.Path), $"{package} {version} is not at {release.Path}: restore the test project.");

        var libraries = new[]
        {
            MetadataReference.CreateFromFile(typeof(Marac.Forms.DataProtection.LawfulBasis).Assembly.Location),
            MetadataReference.CreateFromFile(release.Path),
        };
        foreach (var source in SourcesByPackage[package])
        {
            await Verify.DiagnosticsWithAsync(libraries, source);
        }

        if (SinkRelease.Generators.SingleOrDefault(g => g.Package == package && g.Version == version) is { } generator)
        {
            // Without the release's generator the partial log methods have no bodies and the test
            // code would not compile, which the test fails on.
            Assert.True(File.Exists(generator.Path), $"{package} {version} has no generator at {generator.Path}.");
            await Verify.DiagnosticsWithAsync(libraries, LoggingSinkTests.LoggerMessageMethods, MaracTest.GeneratorsIn(generator.Path));
        }
    }

    /// <summary>One release of a sink library, as the test project's build recorded it.</summary>
    private sealed record SinkRelease(string Package, string Version, string Path)
    {
        public static IReadOnlyList<SinkRelease> All { get; } = Recorded("SinkRelease");

        /// <summary>The [LoggerMessage] generators the Microsoft.Extensions.Logging.Abstractions releases ship.</summary>
        public static IReadOnlyList<SinkRelease> Generators { get; } = Recorded("SinkGenerator");

        private static SinkRelease[] Recorded(string key) => typeof(SinkReleaseTests).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .Where(a => a.Key == key)
            .Select(a => a.Value!.Split('|'))
            .Select(parts => new SinkRelease(parts[0], parts[1], parts[2]))
            .ToArray();
    }
}
