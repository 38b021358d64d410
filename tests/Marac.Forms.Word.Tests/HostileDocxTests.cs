using System.IO.Compression;
using System.Text;
using Marac.Forms.Documents;

namespace Marac.Forms.Word.Tests;

/// <summary>
/// Files built to hurt the reader: zip bombs, damaged XML, DTD entity tricks and duplicated inputs. Each is refused
/// with a plain message naming the limit or the fault, as a <see cref="FormReadException"/>, and a refused bomb costs
/// little memory.
/// </summary>
public sealed class HostileDocxTests
{
    private const int MiB = 1024 * 1024;

    [Fact]
    public void A_part_that_inflates_past_the_limit_is_refused_having_read_little()
    {
        byte[] bomb = WithPart(RenderedForms.Dash, "word/document.xml", Repeated(' ', 40 * MiB));
        Assert.True(bomb.Length < 2 * MiB, "the test's bomb should be small on disk");

        long before = GC.GetAllocatedBytesForCurrentThread();
        var refused = Assert.Throws<FormReadException>(() => WordFormReader.Read<DashChecklist>(new MemoryStream(bomb)));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // A bomb breaks the ratio limit first, long before it reaches the size limit.
        Assert.Contains("'word/document.xml' expands more than 200 times its compressed size", refused.Message, StringComparison.Ordinal);
        Assert.True(allocated < 16L * MiB, $"reading the refused bomb allocated {allocated / MiB} MiB");
    }

    [Fact]
    public void A_part_that_inflates_past_the_size_limit_is_refused_even_when_it_compresses_modestly()
    {
        byte[] docx = WithPart(RenderedForms.Dash, "word/document.xml", Coin(33 * MiB, seed: 1), CompressionLevel.Fastest);

        var refused = Assert.Throws<FormReadException>(() => WordFormReader.Read<DashChecklist>(new MemoryStream(docx)));

        Assert.Contains("'word/document.xml' expands to more than 32 MB", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parts_that_inflate_past_the_total_are_refused()
    {
        byte[] docx = RenderedForms.Dash;
        for (int i = 0; i < 3; i++)
        {
            docx = WithPart(docx, $"word/media/filler{i}.bin", Coin(25 * MiB, seed: i), CompressionLevel.Fastest);
        }

        var refused = Assert.Throws<FormReadException>(() => WordFormReader.Read<DashChecklist>(new MemoryStream(docx)));

        Assert.Contains("more than 64 MB in all", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_part_that_expands_too_far_is_refused_by_ratio()
    {
        byte[] docx = WithPart(RenderedForms.Dash, "word/media/filler.bin", Repeated('b', 8 * MiB));

        var refused = Assert.Throws<FormReadException>(() => WordFormReader.Read<DashChecklist>(new MemoryStream(docx)));

        Assert.Contains("expands more than 200 times its compressed size", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_past_the_size_limit_is_refused_unread()
    {
        var refused = Assert.Throws<FormReadException>(() => WordFormReader.Read<DashChecklist>(new MemoryStream(new byte[65 * MiB])));

        Assert.Contains("larger than 64 MB", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Damaged_XML_is_a_form_read_error_not_an_XML_exception()
    {
        byte[] docx = WithPart(RenderedForms.Dash, "word/document.xml", Encoding.UTF8.GetBytes("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"));

        var refused = Assert.Throws<FormReadException>(() => WordFormReader.Read<DashChecklist>(new MemoryStream(docx)));

        Assert.Contains("not well-formed XML", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!DOCTYPE w:document [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>")]
    [InlineData("<!DOCTYPE w:document [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>")]
    public void A_DTD_is_refused_in_plain_words(string doctype)
    {
        string xml = "<?xml version=\"1.0\"?>" + doctype + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>";
        byte[] docx = WithPart(RenderedForms.Dash, "word/document.xml", Encoding.UTF8.GetBytes(xml));

        var refused = Assert.Throws<FormReadException>(() => WordFormReader.Read<DashChecklist>(new MemoryStream(docx)));

        Assert.Contains("declares a DTD", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("DtdProcessing", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_inputs_with_the_same_tag_are_a_conflict_not_a_silent_choice()
    {
        byte[] docx = DocxEditing.EditDocument(RenderedForms.Dash, document =>
        {
            var control = DocxEditing.Control(document, "victimNameOrCode");
            control.AddAfterSelf(new System.Xml.Linq.XElement(control));
        });

        var refused = Assert.Throws<FormReadException>(() => WordFormReader.Read<DashChecklist>(new MemoryStream(docx)));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal("victimNameOrCode", problem.Path);
        Assert.Contains("two inputs are tagged 'victimNameOrCode'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_the_form_id_obeys_the_same_limits()
    {
        byte[] bomb = WithPart(RenderedForms.Dash, "word/document.xml", Repeated(' ', 40 * MiB));

        Assert.Throws<FormReadException>(() => WordFormReader.ReadFormId(new MemoryStream(bomb)));
    }

    private static byte[] Repeated(char c, int count)
    {
        var bytes = new byte[count];
        bytes.AsSpan().Fill((byte)c);
        return bytes;
    }

    /// <summary>Random a's and b's: text that compresses about eightfold, like nothing built to explode.</summary>
    private static byte[] Coin(int count, int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[count];
        random.NextBytes(bytes);
        for (int i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)('a' + (bytes[i] & 1));
        }

        return bytes;
    }

    private static byte[] WithPart(byte[] docx, string name, byte[] content, CompressionLevel level = CompressionLevel.Optimal)
    {
        var output = new MemoryStream();
        output.Write(docx);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(name)?.Delete();
            using var stream = zip.CreateEntry(name, level).Open();
            stream.Write(content);
        }

        return output.ToArray();
    }
}
