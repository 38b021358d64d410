using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Marac.Forms.Analyzers;

/// <summary>
/// Keeps the disclosure rules out of generated code without the compiler's report-time check.
/// </summary>
/// <remarks>
/// Under <see cref="GeneratedCodeAnalysisFlags.None"/> the compiler, on the first diagnostic
/// reported in a file, walks every token of that file looking for <c>[GeneratedCode]</c>
/// declarations, and bills the walk to the analyzer that reported. On code that logs restricted data
/// in most files, that walk was the larger part of the disclosure analyzer's time. The compiler
/// already declines to run callbacks on generated files (by name, by an <c>auto-generated</c>
/// header, or by <c>generated_code = true</c> in .editorconfig) and on <c>[GeneratedCode]</c> types
/// and members, whatever these flags say; the report-time check adds only two cases, both checked
/// here per finding: lines under <c>#line hidden</c>, and a <c>[GeneratedCode]</c> lambda or local
/// function inside hand-written code.
/// </remarks>
internal static class GeneratedCodeFilter
{
    /// <summary>Generated code is not analysed; what is reported is filtered by <see cref="IsGenerated"/>.</summary>
    public const GeneratedCodeAnalysisFlags Flags = GeneratedCodeAnalysisFlags.ReportDiagnostics;

    public static bool IsGenerated(IOperation leaf, KnownSymbols known)
    {
        var tree = leaf.Syntax.SyntaxTree;
        if (tree.HasHiddenRegions() && tree.GetLineVisibility(leaf.Syntax.SpanStart) == LineVisibility.Hidden)
        {
            return true;
        }

        if (known.GeneratedCodeAttribute is null)
        {
            return false;
        }

        for (var current = leaf.Parent; current is not null; current = current.Parent)
        {
            var function = current switch
            {
                IAnonymousFunctionOperation lambda => lambda.Symbol,
                ILocalFunctionOperation local => local.Symbol,
                _ => null,
            };
            if (function is not null && SymbolAttributes.Has(function, known.GeneratedCodeAttribute))
            {
                return true;
            }
        }

        return false;
    }
}
