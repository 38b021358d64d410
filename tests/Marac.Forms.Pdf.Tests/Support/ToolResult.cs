namespace Marac.Forms.Pdf.Tests.Support;

/// <summary>What a tool printed and how it exited.</summary>
internal sealed record ToolResult(int ExitCode, string Output, string Error);
