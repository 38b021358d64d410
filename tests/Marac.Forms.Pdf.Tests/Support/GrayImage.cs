using System.IO.Compression;

namespace Marac.Forms.Pdf.Tests.Support;

/// <summary>A grey image read from a PNG as <c>pdftoppm -gray -png</c> writes it, and how far two such images differ.</summary>
internal sealed class GrayImage
{
    private GrayImage(int width, int height, byte[] pixels)
    {
        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public byte[] Pixels { get; }

    /// <summary>Reads a non-interlaced 8-bit grey or RGB PNG (pdftoppm writes its grey pages as either), as grey.</summary>
    public static GrayImage ReadPng(byte[] png)
    {
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        int at = 8;
        while (at + 8 <= png.Length)
        {
            int length = BigEndian(png, at);
            string type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            if (type == "IHDR")
            {
                width = BigEndian(png, at + 8);
                height = BigEndian(png, at + 12);
                channels = png[at + 17] switch { 0 => 1, 2 => 3, _ => 0 };
                Assert.True(png[at + 16] == 8 && channels > 0 && png[at + 20] == 0, "Expected an 8-bit grey or RGB, non-interlaced PNG.");
            }
            else if (type == "IDAT")
            {
                idat.Write(png, at + 8, length);
            }

            at += 12 + length;
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        byte[] data = inflated.ToArray();
        int stride = width * channels;
        var bytes = new byte[stride * height];
        for (int y = 0; y < height; y++)
        {
            int filter = data[y * (stride + 1)];
            int row = (y * (stride + 1)) + 1;
            for (int x = 0; x < stride; x++)
            {
                int left = x >= channels ? bytes[(y * stride) + x - channels] : 0;
                int up = y > 0 ? bytes[((y - 1) * stride) + x] : 0;
                int upLeft = x >= channels && y > 0 ? bytes[((y - 1) * stride) + x - channels] : 0;
                int predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException("Unknown PNG filter " + filter),
                };
                bytes[(y * stride) + x] = (byte)(data[row + x] + predictor);
            }
        }

        var pixels = new byte[width * height];
        for (int i = 0; i < pixels.Length; i++)
        {
            pixels[i] = channels == 1 ? bytes[i] : (byte)((bytes[3 * i] + bytes[(3 * i) + 1] + bytes[(3 * i) + 2]) / 3);
        }

        return new GrayImage(width, height, pixels);
    }

    /// <summary>The share of pixels (0 to 1) whose grey differs by more than a quarter of the scale.</summary>
    public double ShareDifferentFrom(GrayImage other)
    {
        Assert.True(Width == other.Width && Height == other.Height, $"Image sizes differ: {Width}x{Height} against {other.Width}x{other.Height}.");
        int different = 0;
        for (int i = 0; i < Pixels.Length; i++)
        {
            if (Math.Abs(Pixels[i] - other.Pixels[i]) > 64)
            {
                different++;
            }
        }

        return (double)different / Pixels.Length;
    }

    private static int BigEndian(byte[] bytes, int at) => (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
