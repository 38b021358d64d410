namespace Marac.Forms.Cli.Rendering;

/// <summary>One form file to render, and the output name (without extension) relative to the output folder.</summary>
internal sealed record RenderInput(string Path, string OutputBaseName);
