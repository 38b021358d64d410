using System.Diagnostics;
using System.IO.Compression;

namespace Marac.Forms.Packaging.Tests;

/// <summary>
/// Packs every library once, with a version no cache can already hold, into a folder feed, and
/// builds consumer projects against it with a package cache of their own.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = Directory.CreateTempSubdirectory("marac-forms-packaging-").FullName;
        Version = "0.0.1-packagingtest." + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + "." + Environment.ProcessId;
        Feed = Path.Combine(Root, "feed");
        foreach (var library in Libraries)
        {
            var result = DotNet.Run(
                RepositoryRoot(),
                $"pack src/{library}/{library}.csproj -c Release -o \"{Feed}\" --artifacts-path \"{Path.Combine(Root, "artifacts")}\" -p:Version={Version} -nodeReuse:false",
                packages: null);
            Assert.True(result.ExitCode == 0, $"dotnet pack of {library} failed:\n" + result.Output);
        }

        Package = Path.Combine(Feed, $"Marac.Forms.{Version}.nupkg");
        Assert.True(File.Exists(Package), "No package at " + Package);
    }

    /// <summary>The packages built from this repository, each packed from src/NAME/NAME.csproj.</summary>
    public static IReadOnlyList<string> Libraries { get; } = new[] { "Marac.Forms", "Marac.Forms.Word", "Marac.Forms.Pdf" };

    public string Root { get; }

    public string Version { get; }

    public string Feed { get; }

    public string Package { get; }

    public IReadOnlyList<string> PackageEntries()
    {
        using var zip = ZipFile.OpenRead(Package);
        return zip.Entries.Select(e => e.FullName).ToArray();
    }

    public string ReadEntry(string name) => ReadEntry("Marac.Forms", name);

    public string ReadEntry(string packageId, string name)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(Feed, $"{packageId}.{Version}.nupkg"));
        var entry = zip.GetEntry(name);
        Assert.True(entry is not null, name + " is not in the package; it holds: " + string.Join(", ", zip.Entries.Select(e => e.FullName)));
        using var reader = new StreamReader(entry!.Open());
        return reader.ReadToEnd();
    }

    /// <summary>The bytes of one entry of a package (.nupkg) or of its symbol package (.snupkg).</summary>
    public byte[] ReadBytes(string packageFile, string name)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(Feed, packageFile));
        var entry = zip.GetEntry(name);
        Assert.True(entry is not null, name + " is not in " + packageFile + "; it holds: " + string.Join(", ", zip.Entries.Select(e => e.FullName)));
        using var content = entry!.Open();
        using var copy = new MemoryStream();
        content.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Copies a consumer from Consumers/ (with any generated files), points it at the feed and builds it.</summary>
    public DotNetResult BuildConsumer(string name, IReadOnlyDictionary<string, string>? generatedFiles = null)
    {
        var directory = Path.Combine(Root, "consumers", name);
        Directory.CreateDirectory(directory);
        var source = Path.Combine(AppContext.BaseDirectory, "Consumers", name);
        foreach (var file in Directory.GetFiles(source).Where(f => !f.EndsWith(".template", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)), overwrite: true);
        }

        foreach (var (file, text) in generatedFiles ?? new Dictionary<string, string>())
        {
            File.WriteAllText(Path.Combine(directory, file), text);
        }

        // A consumer with a project of its own (another target framework) brings its template; the rest share one.
        var ownTemplate = Path.Combine(source, name + ".csproj.template");
        var template = File.ReadAllText(File.Exists(ownTemplate) ? ownTemplate : Path.Combine(AppContext.BaseDirectory, "Consumers", "Consumer.csproj.template"));
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), template.Replace("$(MaracFormsVersion)", Version, StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
            </configuration>
            """);
        return DotNet.Run(directory, "build -nodeReuse:false -p:UseSharedCompilation=false", packages: Path.Combine(Root, "packages"));
    }

    /// <summary>The folder a consumer built into, for its target framework.</summary>
    public string ConsumerOutput(string name, string framework) => Path.Combine(Root, "consumers", name, "bin", "Debug", framework);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temporary folder is left for the OS to clean.
        }
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Marac.Forms.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Marac.Forms.sln not found above " + AppContext.BaseDirectory);
    }
}
