using Marac.Forms.Cli.Rendering;

namespace Marac.Forms.Cli.Commands;

/// <summary>The shared render options as given on the command line.</summary>
internal sealed record RenderOptionValues(string? Format, string OutputDirectory, string? VariantPath, string? Marking, string? PasswordFile)
{
    internal bool TryGetSettings(out RenderSettings? settings, out string? error) =>
        RenderSettingsReader.TryRead(Format, OutputDirectory, VariantPath, Marking, PasswordFile, out settings, out error);
}
