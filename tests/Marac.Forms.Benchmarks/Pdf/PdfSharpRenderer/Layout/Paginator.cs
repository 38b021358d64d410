namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Layout;

/// <summary>
/// Places flowables on pages top to bottom. A run of flowables joined by
/// <see cref="Flowable.KeepWithNext"/> moves to a new page together when it does not fit but would
/// fit on an empty page; a flowable taller than the space left is split when it can be (lines of
/// a row), otherwise moved. Table rows that continue on a new page get their header row repeated.
/// Nothing is ever dropped: every flowable is placed whole or in parts.
/// </summary>
internal sealed class Paginator
{
    private readonly double _bodyTop;
    private readonly double _bodyBottom;
    private readonly List<PageLayout> _pages = [];
    private readonly List<FlowItem> _pendingStarts = [];
    private PageLayout _page = null!;
    private double _y;

    public Paginator(double bodyTop, double bodyBottom)
    {
        if (bodyBottom - bodyTop < 200)
        {
            throw new InvalidOperationException("The page furniture leaves less than 200 points for the body of the page; shorten the marking, footer or review notice.");
        }

        _bodyTop = bodyTop;
        _bodyBottom = bodyBottom;
    }

    private double BodyHeight => _bodyBottom - _bodyTop;

    public List<PageLayout> Paginate(IReadOnlyList<FlowItem> items)
    {
        double[] chain = ChainHeights(items);
        NewPage();
        for (int i = 0; i < items.Count; i++)
        {
            switch (items[i])
            {
                case StructureStart start:
                    _pendingStarts.Add(start);
                    break;
                case StructureEnd end:
                    FlushStarts();
                    _page.Placements.Add(new Placement(end, 0));
                    break;
                case Flowable flowable:
                    Place(flowable, chain[i]);
                    break;
            }
        }

        FlushStarts();
        return _pages;
    }

    private void Place(Flowable flowable, double chainHeight)
    {
        if (_page.IsEmpty && flowable.IsDiscardableAtPageTop)
        {
            return;
        }

        double headerHeight = flowable.RepeatedHeader?.Height ?? 0;
        double remaining = _bodyBottom - _y;

        // Keep a chain together when it fits on a fresh page but not in what is left of this one.
        if (!_page.IsEmpty && chainHeight > remaining && chainHeight <= BodyHeight - headerHeight)
        {
            NewPage();
            PlaceOnFreshPage(flowable);
            return;
        }

        Flowable current = flowable;
        while (true)
        {
            remaining = _bodyBottom - _y;
            if (current.Height <= remaining + 0.001)
            {
                Put(current);
                return;
            }

            if (current.IsDiscardableAtPageTop)
            {
                return;
            }

            if (current.Split(remaining) is { } parts)
            {
                Put(parts.Head);
                current = parts.Tail;
                NewPage();
                PutRepeatedHeader(current);
                continue;
            }

            if (_page.IsEmpty || (current.RepeatedHeader is not null && OnlyHeaderOnPage()))
            {
                throw new InvalidOperationException("A piece of content is taller than a whole page and cannot be split; this is a layout defect in Marac.Forms.Pdf.");
            }

            NewPage();
            PutRepeatedHeader(current);
        }
    }

    private void PlaceOnFreshPage(Flowable flowable)
    {
        if (flowable.IsDiscardableAtPageTop)
        {
            return;
        }

        PutRepeatedHeader(flowable);
        Place(flowable, 0);
    }

    private bool OnlyHeaderOnPage() => _page.Placements.All(p => p.IsRepeatedHeader || p.Item is not Flowable);

    private void PutRepeatedHeader(Flowable next)
    {
        if (next.RepeatedHeader is { } header && _page.IsEmpty)
        {
            _page.Placements.Add(new Placement(header, _y, IsRepeatedHeader: true));
            _y += header.Height;
        }
    }

    private void Put(Flowable flowable)
    {
        FlushStarts();
        _page.Placements.Add(new Placement(flowable, _y));
        _page.IsEmpty = false;
        _y += flowable.Height;
    }

    private void FlushStarts()
    {
        foreach (FlowItem start in _pendingStarts)
        {
            _page.Placements.Add(new Placement(start, 0));
        }

        _pendingStarts.Clear();
    }

    private void NewPage()
    {
        _page = new PageLayout();
        _pages.Add(_page);
        _y = _bodyTop;
    }

    /// <summary>For each flowable, its height plus the heights of the following flowables it must stay with.</summary>
    private static double[] ChainHeights(IReadOnlyList<FlowItem> items)
    {
        var chain = new double[items.Count];
        double following = 0;
        for (int i = items.Count - 1; i >= 0; i--)
        {
            if (items[i] is Flowable flowable)
            {
                chain[i] = flowable.Height + (flowable.KeepWithNext ? following : 0);
                following = chain[i];
            }
        }

        return chain;
    }
}
