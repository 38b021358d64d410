using System.Collections.Generic;
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

    /// <summary>The operations under <paramref name="root"/>, not looking inside nested lambdas or local functions.</summary>
    public static IEnumerable<IOperation> OwnDescendants(IOperation root)
    {
        var stack = new Stack<IOperation>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            foreach (var child in current.ChildOperations)
            {
                if (child is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    continue;
                }

                yield return child;
                stack.Push(child);
            }
        }
    }

    /// <summary>The values a lambda or local function body returns.</summary>
    public static IEnumerable<IOperation> ReturnedValues(IOperation body)
    {
        foreach (var operation in OwnDescendants(body))
        {
            if (operation is IReturnOperation { ReturnedValue: { } value })
            {
                yield return value;
            }
        }
    }

    /// <summary>The variable an <c>out var x</c> argument declares, or the expression itself.</summary>
    public static IOperation DeclaredOrReferenced(IOperation operation) =>
        Unwrap(operation) is IDeclarationExpressionOperation declaration ? declaration.Expression : operation;

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
