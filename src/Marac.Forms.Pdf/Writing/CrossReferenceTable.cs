namespace Marac.Forms.Pdf.Writing;

/// <summary>Object numbers as they are handed out and the byte offset of each object once written; writes the classic xref table.</summary>
internal sealed class CrossReferenceTable
{
    private readonly List<long> _offsets = [-1];

    /// <summary>One more than the highest object number handed out.</summary>
    public int Size => _offsets.Count;

    /// <summary>Hands out the next object number.</summary>
    public int Allocate()
    {
        _offsets.Add(-1);
        return _offsets.Count - 1;
    }

    /// <summary>Records where an object starts.</summary>
    public void Mark(int objectNumber, long offset)
    {
        if (_offsets[objectNumber] >= 0)
        {
            throw new InvalidOperationException($"Object {objectNumber} was written twice; this is a defect in Marac.Forms.Pdf.");
        }

        _offsets[objectNumber] = offset;
    }

    /// <summary>Writes "xref", one 20-byte entry per object, and fails if any object handed out was never written.</summary>
    public void Write(PdfOutput output)
    {
        output.Ascii("xref\n0 ").Integer(_offsets.Count).Write((byte)'\n');
        output.Ascii("0000000000 65535 f \n");
        for (int n = 1; n < _offsets.Count; n++)
        {
            long offset = _offsets[n];
            if (offset < 0)
            {
                throw new InvalidOperationException($"Object {n} was referred to but never written; this is a defect in Marac.Forms.Pdf.");
            }

            string digits = offset.ToString("D10", System.Globalization.CultureInfo.InvariantCulture);
            output.Ascii(digits).Ascii(" 00000 n \n");
        }
    }
}
