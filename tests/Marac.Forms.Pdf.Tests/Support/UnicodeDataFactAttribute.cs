using Marac.Forms.TestData.Conformance;

namespace Marac.Forms.Pdf.Tests.Support;

/// <summary>A test that reads Unicode's data files from Debian's unicode-data package; skipped with the install line when they are missing, unless MARAC_CONFORMANCE=required.</summary>
public sealed class UnicodeDataFactAttribute : FactAttribute
{
    public const string Folder = "/usr/share/unicode";

    public UnicodeDataFactAttribute()
    {
        if (!File.Exists(Path.Combine(Folder, "BidiCharacterTest.txt")) && !ExternalTools.IsRequired)
        {
            Skip = "Needs " + Folder + ": sudo apt-get install -y unicode-data";
        }
    }
}
