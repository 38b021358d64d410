using Marac.Forms.Definitions;
using Marac.Forms.Pdf;

namespace Marac.Forms.Cli.Rendering;

/// <summary>What a render or blank run should produce.</summary>
internal sealed record RenderSettings(OutputFormats Formats, string OutputDirectory, FormOverlay? Overlay, string? Marking, PdfEncryption? Encryption);
