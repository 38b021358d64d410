using Marac.Forms.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Marac.Forms.Analyzers.Clearance;

/// <summary>
/// The text an expression is known to hold at compile time. The compiler's own constant value misses
/// <c>string.Empty</c> (a static readonly field, not a constant) and concatenations that include it;
/// a statement written that way is just as empty as <c>""</c>.
/// </summary>
internal static class ConstantText
{
    private const int MaxDepth = 16;

    /// <summary>True when the value is known; <paramref name="text"/> is then the text, or null for a null or non-text constant.</summary>
    public static bool TryFold(IOperation value, out string? text) => TryFold(value, 0, out text);

    private static bool TryFold(IOperation value, int depth, out string? text)
    {
        text = null;
        if (depth > MaxDepth)
        {
            return false;
        }

        var operation = OperationTree.Unwrap(value);
        if (operation.ConstantValue.HasValue)
        {
            text = operation.ConstantValue.Value as string;
            return true;
        }

        switch (operation)
        {
            case IFieldReferenceOperation { Field: { Name: "Empty", IsStatic: true, ContainingType.SpecialType: SpecialType.System_String } }:
                text = string.Empty;
                return true;
            case IDefaultValueOperation:
                return true;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation
                when TryFold(concatenation.LeftOperand, depth + 1, out var left) && TryFold(concatenation.RightOperand, depth + 1, out var right):
                text = (left ?? string.Empty) + (right ?? string.Empty);
                return true;
            default:
                return false;
        }
    }
}
