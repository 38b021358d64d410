using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Marac.Forms.Analyzers.Flow;

/// <summary>
/// The values one argument passes: each element of a <c>params</c> array or <c>params</c>
/// collection (C# 13 <c>params ReadOnlySpan&lt;object?&gt;</c>, as NLog 6 declares), or else the
/// argument's own value.
/// </summary>
internal static class ArgumentValues
{
    /// <summary>
    /// <c>ArgumentKind.ParamCollection</c>, which Roslyn 4.11 added: the analyzers are built against
    /// 4.8, so the member is looked up by name and is absent (null) in older hosts, which never
    /// produce such arguments.
    /// </summary>
    private static readonly ArgumentKind? ParamCollection =
        Enum.TryParse<ArgumentKind>("ParamCollection", out var kind) ? kind : null;

    public static IEnumerable<IOperation> Of(IArgumentOperation argument)
    {
        if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
        {
            return initializer.ElementValues;
        }

        if (ParamCollection is { } paramCollection && argument.ArgumentKind == paramCollection)
        {
            // The value is an implicit collection expression whose children are the elements.
            return argument.Value.ChildOperations;
        }

        return new[] { argument.Value };
    }
}
