using Marac.Forms.Pdf.Tests.Support;
using Marac.Forms.TestData.Conformance;

namespace Marac.Forms.Pdf.Tests.Layout;

/// <summary>
/// Page 1 of each form of the sample case and of each blank form, rendered by pdftoppm in grey at low resolution,
/// matches the golden image checked in beside this test (looked at when it was made), within a small tolerance, so
/// a change of layout is seen. Set MARAC_UPDATE_GOLDENS=1 to write new goldens, then look at every one before
/// committing it.
/// </summary>
public sealed class FirstPageGoldenTests(LaidOutForms forms) : IClassFixture<LaidOutForms>
{
    private const string Resolution = "30";

    /// <summary>At most this share of pixels may differ clearly (a word or a rule moved shows as several per cent).</summary>
    private const double Tolerance = 0.001;

    [ConformanceFact(PdfTools.PdfToPpm)]
    public void Page_one_of_every_form_matches_its_golden_image()
    {
        bool update = Environment.GetEnvironmentVariable("MARAC_UPDATE_GOLDENS") == "1";
        var problems = new List<string>();
        foreach (LaidOutForm form in forms.All)
        {
            string prefix = form.Path + ".page1";
            ToolResult render = ExternalTool.Run(PdfTools.PdfToPpm, "-f", "1", "-l", "1", "-r", Resolution, "-gray", "-png", "-singlefile", form.Path, prefix);
            Assert.True(render.ExitCode == 0, render.Error);
            byte[] actual = File.ReadAllBytes(prefix + ".png");
            string golden = Path.Combine(AppContext.BaseDirectory, "Goldens", form.Name + ".png");
            if (update)
            {
                File.WriteAllBytes(Path.Combine(SourceGoldens(), form.Name + ".png"), actual);
                continue;
            }

            if (!File.Exists(golden))
            {
                problems.Add(form.Name + ": no golden image");
                continue;
            }

            double share = GrayImage.ReadPng(actual).ShareDifferentFrom(GrayImage.ReadPng(File.ReadAllBytes(golden)));
            if (share > Tolerance)
            {
                problems.Add($"{form.Name}: {share:P2} of pixels differ from the golden image");
            }
        }

        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }

    private static string SourceGoldens()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Marac.Forms.Pdf.Tests.csproj")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("The test project's folder was not found."), "Goldens");
    }
}
