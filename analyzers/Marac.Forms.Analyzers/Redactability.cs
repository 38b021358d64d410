using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Marac.Forms.Analyzers;

/// <summary>
/// Whether wrapping an expression in <c>Redact.Value(...)</c>, which returns a string, keeps the code
/// compiling: only where a string or an object is expected.
/// </summary>
internal static class Redactability
{
    public static bool IsRedactable(IOperation leaf)
    {
        if (leaf.Syntax is not ExpressionSyntax || leaf.Syntax.Parent is ArgumentSyntax { RefKindKeyword.RawKind: not 0 })
        {
            return false;
        }

        if (leaf.Type?.SpecialType == SpecialType.System_String)
        {
            return true;
        }

        return leaf.Parent switch
        {
            IConversionOperation { IsImplicit: true } conversion => conversion.Type?.SpecialType is SpecialType.System_Object or SpecialType.System_String,
            IInterpolationOperation => true,
            IArgumentOperation { Parent: IInvocationOperation { Parent: IInterpolatedStringAppendOperation } } => true,
            IBinaryOperation binary => binary.Type?.SpecialType == SpecialType.System_String,
            _ => false,
        };
    }
}
