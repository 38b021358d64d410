using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Marac.Forms.Analyzers.Sinks;

/// <summary>
/// The calls in a body, lambdas and local functions included, that may be sinks by their name
/// alone: the cheap test that turns away the great majority of calls before any semantic work.
/// </summary>
internal static class SinkCandidates
{
    public static IEnumerable<IInvocationOperation> In(IOperation root)
    {
        var pending = new Stack<IOperation>(32);
        pending.Push(root);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current is IInvocationOperation invocation && SinkClassifier.MayBeSink(invocation.TargetMethod))
            {
                yield return invocation;
            }

            foreach (var child in current.ChildOperations)
            {
                pending.Push(child);
            }
        }
    }
}
