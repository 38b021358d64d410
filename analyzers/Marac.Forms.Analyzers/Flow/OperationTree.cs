using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Marac.Forms.Analyzers.Flow;

/// <summary>Small helpers for walking operation trees.</summary>
internal static class OperationTree
{
    public static IOperation Root(IOperation operation)
    {
        var current = operation;
        while (current.Parent is not null)
        {
            current = current.Parent;
        }

        return current;
    }

    public static IOperation Unwrap(IOperation operation)
    {
        var current = operation;
        while (true)
        {
            switch (current)
            {
                case IConversionOperation conversion:
                    current = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    current = parenthesized.Operand;
                    break;
                default:
                    return current;
            }
        }
    }

    /// <summary>The local at the root of <c>local.Member</c>, <c>local[i]</c> or <c>local.Append(a).Append(b)</c>.</summary>
    public static ILocalSymbol? RootLocal(IOperation? operation)
    {
        var current = operation;
        while (current is not null)
        {
            switch (current)
            {
                case ILocalReferenceOperation local:
                    return local.Local;
                case IConversionOperation conversion:
                    current = conversion.Operand;
                    break;
                case IPropertyReferenceOperation property:
                    current = property.Instance;
                    break;
                case IFieldReferenceOperation field:
                    current = field.Instance;
                    break;
                case IArrayElementReferenceOperation element:
                    current = element.ArrayReference;
                    break;
                case IInvocationOperation invocation:
                    current = invocation.Instance;
                    break;
                default:
                    return null;
            }
        }

        return null;
    }
}
