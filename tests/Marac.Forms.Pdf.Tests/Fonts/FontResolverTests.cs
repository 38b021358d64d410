using Marac.Forms.Pdf.Fonts;
using PdfSharp.Fonts;

namespace Marac.Forms.Pdf.Tests.Fonts;

public sealed class FontResolverTests
{
    [Fact]
    public void Installs_ours_when_no_resolver_is_set()
    {
        IFontResolver? setting = null;
        FontResolverInstallation.Ensure(() => setting, r => setting = r);
        Assert.IsType<PdfFontResolver>(setting);
    }

    [Fact]
    public void Never_replaces_a_hosts_resolver_and_says_how_to_chain()
    {
        IFontResolver? setting = new HostResolver();
        var error = Assert.Throws<InvalidOperationException>(() => FontResolverInstallation.Ensure(() => setting, r => setting = r));
        Assert.IsType<HostResolver>(setting);
        Assert.Contains(typeof(HostResolver).FullName!, error.Message, StringComparison.Ordinal);
        Assert.Contains("new PdfFontResolver(yourResolver)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_a_chained_resolver_the_host_installed()
    {
        IFontResolver? setting = new PdfFontResolver(new HostResolver());
        IFontResolver before = setting;
        FontResolverInstallation.Ensure(() => setting, r => setting = r);
        Assert.Same(before, setting);
    }

    [Fact]
    public void A_chained_resolver_serves_our_fonts_and_passes_other_families_on()
    {
        var resolver = new PdfFontResolver(new HostResolver());
        FontResolverInfo? ours = resolver.ResolveTypeface(FontRegistry.BundledFamily, true, false);
        Assert.NotNull(ours);
        Assert.Equal(FontRegistry.BundledFaces.Bold.Bytes, resolver.GetFont(ours!.FaceName));
        Assert.Equal("host-face", resolver.ResolveTypeface("Corporate Sans", false, false)!.FaceName);
        Assert.Equal([1, 2, 3], resolver.GetFont("host-face"));
        Assert.Null(new PdfFontResolver().ResolveTypeface("Corporate Sans", false, false));
    }

    private sealed class HostResolver : IFontResolver
    {
        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new("host-face");

        public byte[]? GetFont(string faceName) => faceName == "host-face" ? [1, 2, 3] : null;
    }
}
