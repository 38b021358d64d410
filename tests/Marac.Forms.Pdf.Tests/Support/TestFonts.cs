namespace Marac.Forms.Pdf.Tests.Support;

/// <summary>Font files from Debian packages that some tests use as fallback fonts.</summary>
internal static class TestFonts
{
    /// <summary>Droid Sans Fallback (Apache-2.0), package fonts-droid-fallback: covers Chinese, Japanese and Korean.</summary>
    public const string DroidSansFallback = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";
}
