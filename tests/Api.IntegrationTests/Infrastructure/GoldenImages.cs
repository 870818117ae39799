using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;

namespace PapiTracker.Api.IntegrationTests.Infrastructure;

/// <summary>A page drawn in 8-bit grey, row after row.</summary>
internal sealed record GreyImage(int Width, int Height, byte[] Pixels)
{
    /// <summary>The share of pixels that differ by more than <paramref name="threshold"/> levels; 1 when the sizes differ.</summary>
    public double DifferingShare(GreyImage other, int threshold = 64)
    {
        if (other.Width != Width || other.Height != Height)
            return 1;
        var differing = 0;
        for (var i = 0; i < Pixels.Length; i++)
            if (Math.Abs(Pixels[i] - other.Pixels[i]) > threshold)
                differing++;
        return (double)differing / Pixels.Length;
    }
}

/// <summary>
/// Golden page images: a PDF page drawn by poppler's <c>pdftoppm</c> in grey, and the committed image it is compared
/// with, kept as a PNG (8-bit grey, written and read here: the test project needs no image library).
/// <c>PAPI_UPDATE_GOLDEN=1</c> rewrites the golden file from the page drawn.
/// </summary>
internal static class GoldenImages
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool Updating => Environment.GetEnvironmentVariable("PAPI_UPDATE_GOLDEN") == "1";

    /// <summary>Draws one page at <paramref name="dpi"/> in grey (a PGM from pdftoppm, parsed here).</summary>
    public static async Task<GreyImage> DrawAsync(byte[] pdf, int page, int dpi)
    {
        var directory = Directory.CreateTempSubdirectory("papi-golden-");
        try
        {
            var input = Path.Combine(directory.FullName, "document.pdf");
            await File.WriteAllBytesAsync(input, pdf);
            var output = Path.Combine(directory.FullName, "page");
            using var process = Process.Start(new ProcessStartInfo("pdftoppm",
                ["-gray", "-r", dpi.ToString(), "-f", page.ToString(), "-l", page.ToString(), "-singlefile", input, output])
            {
                RedirectStandardError = true,
            })!;
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            process.ExitCode.ShouldBe(0, error);
            return ReadPgm(await File.ReadAllBytesAsync(output + ".pgm"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>A binary PGM (P5, maxval 255): magic, width, height, maxval, each after whitespace, then the bytes.</summary>
    private static GreyImage ReadPgm(byte[] pgm)
    {
        var at = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)pgm[at]))
                at++;
            var start = at;
            while (!char.IsWhiteSpace((char)pgm[at]))
                at++;
            return Encoding.ASCII.GetString(pgm, start, at - start);
        }
        Token().ShouldBe("P5");
        var width = int.Parse(Token());
        var height = int.Parse(Token());
        Token().ShouldBe("255");
        at++;
        return new GreyImage(width, height, pgm[at..(at + (width * height))]);
    }

    public static void WritePng(string path, GreyImage image)
    {
        using var raw = new MemoryStream();
        using (var zlib = new ZLibStream(raw, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            for (var y = 0; y < image.Height; y++)
            {
                zlib.WriteByte(0);
                zlib.Write(image.Pixels, y * image.Width, image.Width);
            }
        }
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, image.Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), image.Height);
        header[8] = 8; // bit depth; colour type 0 (grey), deflate, filter set 0, no interlace
        using var png = File.Create(path);
        png.Write(Signature);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", raw.ToArray());
        Chunk(png, "IEND", []);
    }

    /// <summary>Reads an 8-bit grey, non-interlaced PNG, whatever row filters its writer chose.</summary>
    public static GreyImage ReadPng(string path)
    {
        var png = File.ReadAllBytes(path);
        png.AsSpan(0, 8).SequenceEqual(Signature).ShouldBeTrue();
        int width = 0, height = 0;
        using var data = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            var body = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                (width, height) = (BinaryPrimitives.ReadInt32BigEndian(body), BinaryPrimitives.ReadInt32BigEndian(body[4..]));
                (body[8], body[9], body[12]).ShouldBe(((byte)8, (byte)0, (byte)0), "8-bit grey, not interlaced");
            }
            else if (type == "IDAT")
                data.Write(body);
            at += 12 + length;
        }
        data.Position = 0;
        using var zlib = new ZLibStream(data, CompressionMode.Decompress);
        var pixels = new byte[width * height];
        var row = new byte[width + 1];
        for (var y = 0; y < height; y++)
        {
            zlib.ReadExactly(row);
            for (var x = 0; x < width; x++)
            {
                int left = x > 0 ? pixels[(y * width) + x - 1] : 0, up = y > 0 ? pixels[((y - 1) * width) + x] : 0;
                int corner = x > 0 && y > 0 ? pixels[((y - 1) * width) + x - 1] : 0;
                pixels[(y * width) + x] = (byte)(row[x + 1] + row[0] switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, corner),
                    _ => throw new InvalidDataException($"PNG row filter {row[0]}"),
                });
            }
        }
        return new GreyImage(width, height, pixels);
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    /// <summary>PNG's CRC-32 (ISO 3309, reflected, polynomial 0xEDB88320) over a chunk's type and body.</summary>
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }

    private static void Chunk(Stream png, string type, byte[] body)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, body.Length);
        png.Write(number);
        var typed = Encoding.ASCII.GetBytes(type).Concat(body).ToArray();
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        png.Write(number);
    }
}
