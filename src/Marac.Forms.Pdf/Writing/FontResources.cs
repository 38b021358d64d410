using Marac.Forms.Pdf.Fonts;

namespace Marac.Forms.Pdf.Writing;

/// <summary>The faces one document draws with, each given a resource name and an object number the first time it is used.</summary>
internal sealed class FontResources
{
    private readonly CrossReferenceTable _objects;
    private readonly Dictionary<FontFace, FontUsage> _byFace = [];

    public FontResources(CrossReferenceTable objects) => _objects = objects;

    /// <summary>Every face used, in the order of first use.</summary>
    public List<FontUsage> Used { get; } = [];

    public FontUsage For(FontFace face)
    {
        if (!_byFace.TryGetValue(face, out FontUsage? usage))
        {
            usage = new FontUsage(face, "F" + (Used.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), _objects.Allocate());
            _byFace[face] = usage;
            Used.Add(usage);
        }

        return usage;
    }
}
