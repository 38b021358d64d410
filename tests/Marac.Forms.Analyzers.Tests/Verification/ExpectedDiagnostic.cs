using Microsoft.CodeAnalysis.Text;

namespace Marac.Forms.Analyzers.Tests.Verification;

/// <summary>A rule id and the source span it must be reported on.</summary>
internal sealed record ExpectedDiagnostic(string Id, TextSpan Span);
