using Marac.Forms.Pdf.Layout;
using Marac.Forms.Pdf.Rendering;

namespace Marac.Forms.Pdf.Tests.Layout;

public sealed class PaginatorTests
{
    private const double Top = 100;
    private const double Bottom = 400;

    [Fact]
    public void Every_flowable_is_placed_inside_the_body_in_order()
    {
        var blocks = Enumerable.Range(0, 40).Select(i => new Box(7 + (i % 5) * 9)).ToList();
        List<PageLayout> pages = new Paginator(Top, Bottom).Paginate(blocks);
        var placed = pages.SelectMany(p => p.Placements).Where(p => p.Item is Box).ToList();
        Assert.Equal(blocks, placed.Select(p => (Box)p.Item));
        Assert.All(placed, p => Assert.InRange(p.Top, Top, Bottom - ((Box)p.Item).Height + 0.001));
        Assert.True(pages.Count > 1);
    }

    [Fact]
    public void A_keep_with_next_chain_moves_to_a_new_page_together()
    {
        var filler = new Box(250);
        var label = new Box(20) { KeepWithNext = true };
        var value = new Box(40);
        List<PageLayout> pages = new Paginator(Top, Bottom).Paginate([filler, label, value]);
        Assert.Equal(2, pages.Count);
        Assert.Equal([label, value], pages[1].Placements.Select(p => p.Item));
    }

    [Fact]
    public void A_chain_taller_than_a_page_flows_instead_of_looping()
    {
        var chain = Enumerable.Range(0, 30).Select(_ => new Box(20) { KeepWithNext = true }).ToList();
        List<PageLayout> pages = new Paginator(Top, Bottom).Paginate(chain);
        Assert.Equal(30, pages.SelectMany(p => p.Placements).Count());
        Assert.True(pages.Count >= 2);
    }

    [Fact]
    public void Spacers_are_dropped_at_the_top_of_a_page()
    {
        var first = new Box(290);
        var spacer = new SpacerFlowable(20);
        var next = new Box(20);
        List<PageLayout> pages = new Paginator(Top, Bottom).Paginate([first, spacer, next]);
        Assert.Equal([next], pages[1].Placements.Select(p => p.Item));
        Assert.Equal(Top, pages[1].Placements[0].Top);
    }

    [Fact]
    public void Rows_continuing_on_a_new_page_get_the_header_repeated_first()
    {
        var header = new Box(15) { KeepWithNext = true };
        var rows = Enumerable.Range(0, 20).Select(_ => new Box(30) { RepeatedHeader = header }).ToList();
        List<PageLayout> pages = new Paginator(Top, Bottom).Paginate([header, .. rows]);
        Assert.True(pages.Count >= 2);
        foreach (PageLayout page in pages.Skip(1))
        {
            Assert.True(page.Placements[0].IsRepeatedHeader);
            Assert.Same(header, page.Placements[0].Item);
        }

        Assert.False(pages[0].Placements[0].IsRepeatedHeader);
        Assert.Equal(20, pages.SelectMany(p => p.Placements).Count(p => p.Item is Box && !p.IsRepeatedHeader) - 1);
    }

    [Fact]
    public void A_splittable_flowable_is_split_at_the_foot_of_the_page_and_nothing_is_lost()
    {
        var tall = new Lines(50, 12);
        List<PageLayout> pages = new Paginator(Top, Bottom).Paginate([new Box(100), tall]);
        var parts = pages.SelectMany(p => p.Placements).Select(p => p.Item).OfType<Lines>().ToList();
        Assert.True(parts.Count >= 3);
        Assert.Equal(50, parts.Sum(p => p.Count));
        Assert.All(pages.SelectMany(p => p.Placements), p => Assert.True(p.Top + ((Flowable)p.Item).Height <= Bottom + 0.001));
    }

    [Fact]
    public void Structure_markers_land_on_the_page_of_the_content_they_open()
    {
        var filler = new Box(295);
        var start = new StructureStart(StructureTag.Paragraph);
        var line = new Box(20);
        List<PageLayout> pages = new Paginator(Top, Bottom).Paginate([filler, start, line, StructureEnd.Instance]);
        Assert.Equal([start, line, StructureEnd.Instance], pages[1].Placements.Select(p => p.Item));
    }

    private sealed class Box : Flowable
    {
        public Box(double height) => Height = height;

        public override double Height { get; }

        public override void Draw(PageCanvas canvas, double top)
        {
        }
    }

    private sealed class Lines : Flowable
    {
        private readonly double _lineHeight;

        public Lines(int count, double lineHeight)
        {
            Count = count;
            _lineHeight = lineHeight;
        }

        public int Count { get; }

        public override double Height => Count * _lineHeight;

        public override (Flowable Head, Flowable Tail)? Split(double available)
        {
            int fit = (int)(available / _lineHeight);
            return fit <= 0 || fit >= Count ? null : (new Lines(fit, _lineHeight), new Lines(Count - fit, _lineHeight));
        }

        public override void Draw(PageCanvas canvas, double top)
        {
        }
    }
}
