using Microsoft.CodeAnalysis;

namespace Marac.Forms.Analyzers.Flow;

/// <summary>
/// The <see cref="ValueFlow"/> of the body being analysed, created on the first sink call in it.
/// Lives for one operation block. Not thread-safe and needs no lock: the compiler runs the
/// operation actions registered for a block one after another, on the thread analysing that block.
/// </summary>
internal sealed class FlowCache
{
    private readonly KnownSymbols known;
    private readonly TypeExposure exposure;
    private readonly MethodSummaries? summaries;
    private IOperation? root;
    private ValueFlow? flow;

    public FlowCache(KnownSymbols known, TypeExposure exposure, MethodSummaries? summaries = null)
    {
        this.known = known;
        this.exposure = exposure;
        this.summaries = summaries;
    }

    public ValueFlow For(IOperation bodyRoot)
    {
        if (flow is null || !ReferenceEquals(root, bodyRoot))
        {
            root = bodyRoot;
            flow = new ValueFlow(known, exposure, bodyRoot, summaries);
        }

        return flow;
    }
}
