namespace Marac.Forms.Pdf.Writing;

/// <summary>
/// The tagged-PDF logical structure (14.7): a Document element holding sections, headings,
/// paragraphs and tables, each element's marked-content ids on the pages it appears on, and the
/// parent tree that maps each page's ids back to their elements. An element opened again with the
/// same identity (a table row split across two pages) carries on as the same element.
/// </summary>
internal sealed class StructureTree
{
    private readonly Element _document = new("Document", null);
    private readonly Stack<Element> _open = new();
    private readonly List<List<Element>> _ownersByPage = [];
    private readonly Dictionary<object, Element> _byIdentity = [];

    public StructureTree() => _open.Push(_document);

    /// <summary>The innermost open element.</summary>
    public Element Current => _open.Peek();

    /// <summary>Opens a child of the current element, or reopens the element made earlier with the same identity.</summary>
    public void Begin(string type, object? identity)
    {
        if (identity is not null && _byIdentity.TryGetValue(identity, out Element? known))
        {
            _open.Push(known);
            return;
        }

        var element = new Element(type, Current);
        Current.Kids.Add(new Kid(element, -1, -1));
        if (identity is not null)
        {
            _byIdentity[identity] = element;
        }

        _open.Push(element);
    }

    public void End()
    {
        if (_open.Count == 1)
        {
            throw new InvalidOperationException("A structure element was closed that was never opened; this is a defect in Marac.Forms.Pdf.");
        }

        _open.Pop();
    }

    /// <summary>A new marked-content id on the page for content of the current element.</summary>
    public int AddContent(int page)
    {
        while (_ownersByPage.Count <= page)
        {
            _ownersByPage.Add([]);
        }

        List<Element> owners = _ownersByPage[page];
        int mcid = owners.Count;
        owners.Add(Current);
        Current.Kids.Add(new Kid(null, page, mcid));
        Current.Page = Current.Page < 0 ? page : Current.Page;
        return mcid;
    }

    /// <summary>Writes the structure tree root, every element and the parent tree.</summary>
    public void Write(PdfObjectWriter writer, int rootNumber, IReadOnlyList<int> pageObjects)
    {
        if (_open.Count != 1)
        {
            throw new InvalidOperationException("A structure element was left open; this is a defect in Marac.Forms.Pdf.");
        }

        Number(_document, writer.Objects);
        int parentTree = writer.Objects.Allocate();
        PdfOutput o = writer.Begin(rootNumber);
        o.Ascii("<</Type/StructTreeRoot/K ").Reference(_document.Number).Ascii("/ParentTree ").Reference(parentTree)
            .Ascii("/ParentTreeNextKey ").Integer(pageObjects.Count).Ascii(">>");
        writer.End();

        WriteElement(writer, _document, rootNumber, pageObjects);

        o = writer.Begin(parentTree);
        o.Ascii("<</Nums[");
        for (int page = 0; page < pageObjects.Count; page++)
        {
            o.Integer(page).Ascii(" [");
            if (page < _ownersByPage.Count)
            {
                foreach (Element owner in _ownersByPage[page])
                {
                    o.Reference(owner.Number).Write((byte)' ');
                }
            }

            o.Ascii("] ");
        }

        o.Ascii("]>>");
        writer.End();
    }

    private static void Number(Element element, CrossReferenceTable objects)
    {
        element.Number = objects.Allocate();
        foreach (Kid kid in element.Kids)
        {
            if (kid.Element is not null)
            {
                Number(kid.Element, objects);
            }
        }
    }

    private static void WriteElement(PdfObjectWriter writer, Element element, int parentNumber, IReadOnlyList<int> pageObjects)
    {
        PdfOutput o = writer.Begin(element.Number);
        o.Ascii("<</Type/StructElem/S/").Ascii(element.Type).Ascii("/P ").Reference(parentNumber);
        if (element.Page >= 0)
        {
            o.Ascii("/Pg ").Reference(pageObjects[element.Page]);
        }

        if (element.Kids.Count > 0)
        {
            o.Ascii("/K[");
            foreach (Kid kid in element.Kids)
            {
                if (kid.Element is not null)
                {
                    o.Reference(kid.Element.Number);
                }
                else if (kid.Page == element.Page)
                {
                    o.Integer(kid.Mcid);
                }
                else
                {
                    o.Ascii("<</Type/MCR/Pg ").Reference(pageObjects[kid.Page]).Ascii("/MCID ").Integer(kid.Mcid).Ascii(">>");
                }

                o.Write((byte)' ');
            }

            o.Write((byte)']');
        }

        o.Ascii(">>");
        writer.End();
        foreach (Kid kid in element.Kids)
        {
            if (kid.Element is not null)
            {
                WriteElement(writer, kid.Element, element.Number, pageObjects);
            }
        }
    }

    /// <summary>One structure element.</summary>
    internal sealed class Element
    {
        public Element(string type, Element? parent)
        {
            Type = type;
            Parent = parent;
        }

        public string Type { get; }

        public Element? Parent { get; }

        public List<Kid> Kids { get; } = [];

        /// <summary>The page of the element's first content, or -1.</summary>
        public int Page { get; set; } = -1;

        public int Number { get; set; }
    }

    /// <summary>A kid: a child element, or a marked-content id on a page.</summary>
    internal readonly record struct Kid(Element? Element, int Page, int Mcid);
}
