using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Marac.Forms.Benchmarks.Pdf.PdfSharpRenderer.Rendering;

/// <summary>
/// Rewrites a PDF that PDFsharp saved without compression into the final file:
/// <list type="bullet">
/// <item>Every stream except XMP metadata is compressed with a complete zlib stream. PDFsharp's own
/// compressor writes a zlib header and deflate data but leaves out the Adler-32 checksum that
/// RFC 1950 requires at the end, which is why qpdf warns "input stream is complete but output may
/// still be valid" on every stream it compresses.</item>
/// <item>The values PDFsharp draws at random (font subset tags, XMP document and instance ids,
/// the trailer's file id) are replaced by values derived from the file's content, so the same
/// input gives the same bytes; or from fresh random bytes when asked, for encrypted output.</item>
/// <item>The cross-reference table is rebuilt for the new offsets.</item>
/// </list>
/// It reads only the regular layout PDFsharp writes (a classic cross-reference table, direct
/// stream lengths) and fails loudly on anything else rather than guess.
/// </summary>
internal static partial class PdfFileFinisher
{
    private const int SmallestStreamWorthCompressing = 32;

    /// <summary>This thread's output buffer, reused so a batch does not allocate a large array per document.</summary>
    [ThreadStatic]
    private static MemoryStream? _scratch;

    public static byte[] Finish(ArraySegment<byte> pdf, bool contentDerivedIds)
    {
        var file = PdfFileReader.Read(pdf);
        List<string> tags = [];
        List<string> uuids = [];
        foreach (PdfObjectSpan obj in file.Objects)
        {
            foreach (int offset in obj.SubsetTagOffsets)
            {
                string tag = obj.Head.Substring(offset, 6);
                if (!tags.Contains(tag, StringComparer.Ordinal))
                {
                    tags.Add(tag);
                }
            }

            if (obj.IsMetadata && obj.StreamData is not null)
            {
                CollectDistinct(XmpUuid().Matches(Encoding.Latin1.GetString(obj.StreamData.Value.Span)), uuids);
            }
        }

        byte[] id = contentDerivedIds ? ContentHash(file) : RandomNumberGenerator.GetBytes(16);
        var tagMap = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < tags.Count; i++)
        {
            tagMap[tags[i]] = DerivedTag(id, i);
        }

        var uuidMap = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < uuids.Count; i++)
        {
            uuidMap[uuids[i]] = DerivedUuid(id, i);
        }

        MemoryStream output = _scratch ??= new MemoryStream(128 * 1024);
        output.SetLength(0);
        output.Write(file.Header);
        var offsets = new SortedDictionary<int, (long Offset, int Generation)>();
        foreach (PdfObjectSpan obj in file.Objects)
        {
            offsets[obj.Number] = (output.Position, obj.Generation);
            WriteObject(output, obj, tagMap, uuidMap);
        }

        long xref = output.Position;
        int size = Math.Max(file.Size, offsets.Count == 0 ? 1 : offsets.Keys.Max() + 1);
        var table = new StringBuilder();
        table.Append("xref\n0 ").Append(size.ToString(CultureInfo.InvariantCulture)).Append('\n');
        for (int n = 0; n < size; n++)
        {
            if (offsets.TryGetValue(n, out var entry))
            {
                table.Append(entry.Offset.ToString("D10", CultureInfo.InvariantCulture)).Append(' ')
                    .Append(entry.Generation.ToString("D5", CultureInfo.InvariantCulture)).Append(" n \n");
            }
            else
            {
                table.Append(n == 0 ? "0000000000 65535 f \n" : "0000000000 00001 f \n");
            }
        }

        string hex = Convert.ToHexString(id);
        string trailer = FileId().Replace(file.TrailerDictionary, "/ID[<" + hex + "><" + hex + ">]", 1);
        if (ReferenceEquals(trailer, file.TrailerDictionary) || !trailer.Contains("/ID[<" + hex, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The PDF written by PDFsharp has no file identifier in its trailer; Marac.Forms.Pdf cannot finish it.");
        }

        table.Append("trailer\n").Append(trailer).Append("\nstartxref\n").Append(xref.ToString(CultureInfo.InvariantCulture)).Append("\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(table.ToString()));
        return output.ToArray();
    }

    private static void WriteObject(Stream output, PdfObjectSpan obj, Dictionary<string, string> tagMap, Dictionary<string, string> uuidMap)
    {
        string head = ReplaceTags(obj, tag => tagMap[tag]);
        if (obj.StreamData is null)
        {
            output.Write(Encoding.Latin1.GetBytes(head));
            output.Write("\nendobj\n"u8);
            return;
        }

        ReadOnlyMemory<byte> data = obj.StreamData.Value;
        if (obj.IsMetadata)
        {
            data = Encoding.Latin1.GetBytes(XmpUuid().Replace(Encoding.Latin1.GetString(data.Span), m => "uuid:" + uuidMap[m.Groups["uuid"].Value]));
        }

        bool compress = !obj.HasFilter && !obj.IsMetadata && data.Length > SmallestStreamWorthCompressing;
        if (compress)
        {
            data = Deflate(data);
        }

        // Offsets in the head are still valid: a tag replacement keeps the length.
        string length = data.Length.ToString(CultureInfo.InvariantCulture);
        string rewritten = head[..obj.LengthValueStart] + length + head[obj.LengthValueEnd..];
        if (compress)
        {
            rewritten = rewritten[..obj.DictionaryStart] + "/Filter/FlateDecode" + rewritten[obj.DictionaryStart..];
        }

        output.Write(Encoding.Latin1.GetBytes(rewritten));
        output.Write("\nstream\n"u8);
        output.Write(data.Span);
        output.Write("\nendstream\nendobj\n"u8);
    }

    private static byte[] Deflate(ReadOnlyMemory<byte> data)
    {
        // The fastest level: files come out about a fifth larger than at the optimal level, but at
        // the optimal level compression alone took longer than drawing the pages.
        using var compressed = new MemoryStream((data.Length / 2) + 64);
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(data.Span);
        }

        return compressed.ToArray();
    }

    /// <summary>A hash of everything in the file except the values PDFsharp drew at random.</summary>
    private static byte[] ContentHash(PdfFile file)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(file.Header);
        foreach (PdfObjectSpan obj in file.Objects)
        {
            hash.AppendData(Encoding.Latin1.GetBytes(ReplaceTags(obj, _ => "AAAAAA")));
            if (obj.StreamData is { } data)
            {
                if (obj.IsMetadata)
                {
                    hash.AppendData(Encoding.Latin1.GetBytes(XmpUuid().Replace(Encoding.Latin1.GetString(data.Span), "uuid:0")));
                }
                else
                {
                    hash.AppendData(data.Span);
                }
            }
        }

        hash.AppendData(Encoding.Latin1.GetBytes(FileId().Replace(file.TrailerDictionary, "/ID[]")));
        return hash.GetHashAndReset()[..16];
    }

    private static string DerivedTag(byte[] id, int index)
    {
        byte[] bytes = SHA256.HashData([.. id, .. Encoding.ASCII.GetBytes("tag" + index.ToString(CultureInfo.InvariantCulture))]);
        var tag = new char[6];
        for (int i = 0; i < 6; i++)
        {
            tag[i] = (char)('A' + (bytes[i] % 26));
        }

        return new string(tag);
    }

    private static string DerivedUuid(byte[] id, int index)
    {
        byte[] bytes = SHA256.HashData([.. id, .. Encoding.ASCII.GetBytes("uuid" + index.ToString(CultureInfo.InvariantCulture))]);
        string hex = Convert.ToHexString(bytes, 0, 16).ToLowerInvariant();
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }

    /// <summary>The object's head with each font subset tag replaced; a replacement keeps the length, so offsets stay valid.</summary>
    private static string ReplaceTags(PdfObjectSpan obj, Func<string, string> replacement)
    {
        if (obj.SubsetTagOffsets.Count == 0)
        {
            return obj.Head;
        }

        char[] head = obj.Head.ToCharArray();
        foreach (int offset in obj.SubsetTagOffsets)
        {
            replacement(obj.Head.Substring(offset, 6)).CopyTo(0, head, offset, 6);
        }

        return new string(head);
    }

    private static void CollectDistinct(MatchCollection matches, List<string> into)
    {
        foreach (Match match in matches)
        {
            string value = match.Groups[1].Value;
            if (!into.Contains(value, StringComparer.Ordinal))
            {
                into.Add(value);
            }
        }
    }

    // Only the XMP ids: the same text inside the title would be the form's own wording.
    [GeneratedRegex(@"(?<=<xmpMM:(?:DocumentID|InstanceID)>)uuid:(?<uuid>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})")]
    private static partial Regex XmpUuid();

    [GeneratedRegex(@"/ID\s*\[\s*<[0-9A-Fa-f]*>\s*<[0-9A-Fa-f]*>\s*\]")]
    private static partial Regex FileId();
}
