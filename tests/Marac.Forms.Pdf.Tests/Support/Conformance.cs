namespace Marac.Forms.Pdf.Tests.Support;

/// <summary>The MARAC_CONFORMANCE switch shared by every conformance check.</summary>
internal static class Conformance
{
    public static bool IsRequired =>
        string.Equals(Environment.GetEnvironmentVariable("MARAC_CONFORMANCE"), "required", StringComparison.OrdinalIgnoreCase);
}
