using System.IO.Compression;
using System.Text;

namespace DefactoPop.Tests.Core.Validation;

/// <summary>Reads and writes gzip-compressed UTF-8 text, to alter truth files in tests.</summary>
internal static class GzipText
{
    public static string Read(string gzPath)
    {
        using var gz = new GZipStream(File.OpenRead(gzPath), CompressionMode.Decompress);
        using var reader = new StreamReader(gz, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static byte[] Bytes(string text)
    {
        using var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
            gz.Write(Encoding.UTF8.GetBytes(text));
        return output.ToArray();
    }
}
