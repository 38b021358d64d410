using System.Reflection;
using Marac.Forms.DataProtection;
using Marac.Forms.Json;
using Marac.Forms.TestData.Conformance;
using Xunit.Abstractions;

namespace Marac.Forms.Cli.Tests;

/// <summary>
/// The native (ahead-of-time) build of the tool publishes without a trim or AOT warning and does what the
/// framework-dependent tool does: the same documents byte for byte (output is deterministic), names in many
/// scripts shaped with the HarfBuzz library published beside it, and a Word form read back into the same record.
/// </summary>
public sealed class NativeAotTests : IClassFixture<NativeAotBuild>, IDisposable
{
    private readonly NativeAotBuild build;
    private readonly ITestOutputHelper log;
    private readonly string temp = Directory.CreateTempSubdirectory("marac-aot-run-").FullName;

    public NativeAotTests(NativeAotBuild build, ITestOutputHelper log)
    {
        this.build = build;
        this.log = log;
    }

    public void Dispose() => Directory.Delete(temp, recursive: true);

    [ConformanceFact("clang")]
    public void The_native_tool_publishes_without_warnings_with_the_shaping_library_beside_it()
    {
        log.WriteLine($"Native publish took {build.PublishTime.TotalSeconds:F0} s.");
        Assert.True(build.ExitCode == 0, "dotnet publish of the native tool failed:\n" + build.Output);
        Assert.Empty(build.Warnings);
        Assert.True(File.Exists(build.Executable));
        Assert.True(File.Exists(Path.Combine(build.PublishDirectory, "libHarfBuzzSharp.so")));
        Assert.False(File.Exists(Path.Combine(build.PublishDirectory, "marac-forms.dll")), "the publish is framework-dependent IL, not native");

        var version = build.Run("--version");
        Assert.Equal(0, version.ExitCode);
        Assert.Equal(typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion, version.Out.Trim());
    }

    [ConformanceFact("clang", "pdftotext", "qpdf")]
    public void Native_demo_writes_the_same_documents_as_the_framework_dependent_tool()
    {
        var native = Path.Combine(temp, "native");
        var managed = Path.Combine(temp, "managed");

        var run = build.Run("demo", "--out", native);
        var reference = CliRun.Of("demo", "--out", managed);

        Assert.True(run.ExitCode == 0, run.All);
        Assert.Equal(0, reference.ExitCode);
        Assert.Equal(reference.Out.Replace(managed, native, StringComparison.Ordinal), run.Out);
        Assert.Contains("Dash score: 16 of 24", run.Out);
        var files = Directory.GetFiles(managed).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(10, files.Length);
        Assert.Equal(files, Directory.GetFiles(native).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(managed, file!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(native, file!))), file + " differs");
        }

        var referral = (MaracReferral)MaracJson.ReadAny(File.ReadAllText(RepoPaths.Samples("case-complete", "referral.json"))).Form;
        var pdf = Path.Combine(native, "referral.pdf");
        var pages = ExternalTools.PdfPages(pdf);
        Assert.All(pages, page => Assert.True(PrintedText.Contains(page, "OFFICIAL-SENSITIVE")));
        Assert.True(PrintedText.Contains(string.Join(" ", pages), referral.Victim.Name.FamilyName!));
        var (check, checkOutput) = ExternalTools.Run("qpdf", new[] { "--check", pdf }, TimeSpan.FromMinutes(1));
        Assert.True(check == 0, checkOutput);
    }

    [ConformanceFact("clang", "pdftotext", "qpdf")]
    public void Native_render_prints_names_in_many_scripts()
    {
        var source = RepoPaths.Samples("names-in-many-scripts", "referral.json");
        var referral = (MaracReferral)MaracJson.ReadAny(File.ReadAllText(source)).Form;

        var run = build.Run("render", source, "--format", "pdf", "--out", Path.Combine(temp, "native"));
        var reference = CliRun.Of("render", source, "--format", "pdf", "--out", Path.Combine(temp, "managed"));

        Assert.True(run.ExitCode == 0, run.All);
        Assert.Equal(0, reference.ExitCode);
        var pdf = Path.Combine(temp, "native", "referral.pdf");
        Assert.Equal(File.ReadAllBytes(Path.Combine(temp, "managed", "referral.pdf")), File.ReadAllBytes(pdf));
        var text = string.Join(" ", ExternalTools.PdfPages(pdf));
        Assert.True(PrintedText.Contains(text, referral.Victim.Name.FamilyName!), "victim's family name");
        Assert.True(PrintedText.Contains(text, referral.Referrer.Name!), "referrer's name");
        Assert.True(PrintedText.Contains(text, referral.LineManager.Name!), "line manager's name");
        var (check, checkOutput) = ExternalTools.Run("qpdf", new[] { "--check", pdf }, TimeSpan.FromMinutes(1));
        Assert.True(check == 0, checkOutput);
    }

    [ConformanceFact("clang")]
    public void Native_import_reads_a_rendered_word_form_back_into_an_equal_record()
    {
        var source = RepoPaths.Samples("case-complete", "dash.json");
        var json = Path.Combine(temp, "imported.json");

        var render = build.Run("render", source, "--format", "docx", "--out", temp);
        var run = build.Run("import", Path.Combine(temp, "dash.docx"), "--out", json, "--article6", "publicTask",
            "--reasons", "Coordinator keeps the Dash checklist for the MARAC meeting.", "--extent", "The whole checklist.", "--permitted-use", "MARAC case management only.");

        Assert.True(render.ExitCode == 0, render.All);
        Assert.True(run.ExitCode == 0, run.All);
        var original = MaracJson.Read<DashChecklist>(File.ReadAllText(source)).Form;
        var imported = MaracJson.Read<DashChecklist>(File.ReadAllText(json));
        Assert.Equal(original, imported.Form);
        Assert.Equal(16, imported.Form.Score);
        Assert.Equal(Article6Basis.PublicTask, imported.LawfulBasis.Article6);
        Assert.Equal("The whole checklist.", imported.LawfulBasis.Extent);
        Assert.Equal("MARAC case management only.", imported.LawfulBasis.PermittedUse);
    }
}
