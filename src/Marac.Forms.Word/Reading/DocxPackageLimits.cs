using System.Globalization;
using System.IO.Compression;
using Marac.Forms.Documents;

namespace Marac.Forms.Word.Reading;

/// <summary>
/// Bounds what reading a .docx may cost before the Open XML SDK sees it: the file's size, the number of parts,
/// each part's inflated size, the total, and how far a large part expands. Every part is inflated here into a
/// counter, not into memory, so a zip bomb is refused after reading only as far as the limit it breaks.
/// </summary>
internal static class DocxPackageLimits
{
    /// <summary>The largest .docx read (64 MiB). Filled forms are a few hundred kilobytes.</summary>
    internal const long MaximumFileBytes = 64L * 1024 * 1024;

    /// <summary>The most parts a package may hold.</summary>
    internal const int MaximumEntries = 1_000;

    /// <summary>The largest any one part may inflate to (32 MiB).</summary>
    internal const long MaximumEntryBytes = 32L * 1024 * 1024;

    /// <summary>The most all parts together may inflate to (64 MiB).</summary>
    internal const long MaximumTotalBytes = 64L * 1024 * 1024;

    /// <summary>How many times its compressed size a part larger than <see cref="RatioCheckedAboveBytes"/> may expand.</summary>
    internal const long MaximumRatio = 200;

    /// <summary>Parts smaller than this (4 MiB) are not held to <see cref="MaximumRatio"/>: small parts of repeated markup compress very well.</summary>
    internal const long RatioCheckedAboveBytes = 4L * 1024 * 1024;

    /// <summary>Copies the stream into memory, refusing it as soon as a limit is passed, and checks the package inside.</summary>
    /// <exception cref="FormReadException">A limit is passed, or the file is not a zip package; the message names the limit.</exception>
    internal static MemoryStream CheckedCopy(Stream docx)
    {
        var copy = StartCopy(docx);
        var buffer = new byte[81920];
        int read;
        while ((read = docx.Read(buffer, 0, buffer.Length)) > 0)
        {
            Append(copy, buffer, read);
        }

        return Checked(copy);
    }

    /// <summary>As <see cref="CheckedCopy"/>, reading the stream asynchronously (for streams that refuse synchronous reads).</summary>
    /// <exception cref="FormReadException">A limit is passed, or the file is not a zip package.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    internal static async Task<MemoryStream> CheckedCopyAsync(Stream docx, CancellationToken cancellationToken)
    {
        var copy = StartCopy(docx);
        var buffer = new byte[81920];
        int read;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            read = await docx.ReadAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false);
            if (read <= 0)
            {
                break;
            }

            Append(copy, buffer, read);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return Checked(copy);
    }

    private static MemoryStream StartCopy(Stream docx)
    {
        if (docx.CanSeek && docx.Length - docx.Position > MaximumFileBytes)
        {
            throw TooLarge();
        }

        return docx.CanSeek ? new MemoryStream((int)Math.Max(0, docx.Length - docx.Position)) : new MemoryStream();
    }

    private static void Append(MemoryStream copy, byte[] buffer, int read)
    {
        if (copy.Length + read > MaximumFileBytes)
        {
            throw TooLarge();
        }

        copy.Write(buffer, 0, read);
    }

    private static MemoryStream Checked(MemoryStream copy)
    {
        copy.Position = 0;
        CheckPackage(copy);
        copy.Position = 0;
        return copy;
    }

    private static FormReadException TooLarge() =>
        Refused(string.Format(CultureInfo.InvariantCulture, "the file is larger than {0:N0} MB, the most a form may be", MaximumFileBytes / (1024 * 1024)));

    private static void CheckPackage(Stream package)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            throw new FormReadException(new[] { new FormReadProblem(string.Empty, "the file is not a Word document (.docx), or it is damaged") });
        }

        using (archive)
        {
            if (archive.Entries.Count > MaximumEntries)
            {
                throw Refused(string.Format(CultureInfo.InvariantCulture, "the package holds {0:N0} parts; a form has at most {1:N0}", archive.Entries.Count, MaximumEntries));
            }

            var buffer = new byte[81920];
            long total = 0;
            foreach (var entry in archive.Entries)
            {
                long inflated = 0;
                try
                {
                    using var content = entry.Open();
                    int read;
                    while ((read = content.Read(buffer, 0, buffer.Length)) > 0)
                    {
                        inflated += read;
                        total += read;
                        if (inflated > MaximumEntryBytes)
                        {
                            throw Refused(string.Format(CultureInfo.InvariantCulture, "its part '{0}' expands to more than {1:N0} MB, the most a part may be (a compressed file built to exhaust memory looks like this)", entry.FullName, MaximumEntryBytes / (1024 * 1024)));
                        }

                        if (total > MaximumTotalBytes)
                        {
                            throw Refused(string.Format(CultureInfo.InvariantCulture, "its parts expand to more than {0:N0} MB in all, the most a form may be", MaximumTotalBytes / (1024 * 1024)));
                        }

                        if (inflated > RatioCheckedAboveBytes && inflated > MaximumRatio * Math.Max(1, entry.CompressedLength))
                        {
                            throw Refused(string.Format(CultureInfo.InvariantCulture, "its part '{0}' expands more than {1:N0} times its compressed size, the most allowed for a large part", entry.FullName, MaximumRatio));
                        }
                    }
                }
                catch (InvalidDataException)
                {
                    throw new FormReadException(new[] { new FormReadProblem(string.Empty, "the file is damaged: its part '" + entry.FullName + "' cannot be decompressed") });
                }
            }
        }
    }

    private static FormReadException Refused(string why) =>
        new(new[] { new FormReadProblem(string.Empty, "the file is refused: " + why) });
}
