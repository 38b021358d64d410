namespace Marac.Forms.Cli.Rendering;

/// <summary>The document formats the CLI writes.</summary>
[Flags]
internal enum OutputFormats
{
    None = 0,
    Pdf = 1,
    Docx = 2,
}
