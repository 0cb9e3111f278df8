using System.IO.Compression;
using System.Net.Http.Headers;

namespace DataSpine.Silo.Tests.WebDefaults;

/// <summary>A request body sent as OpenLineage's Python client sends it: gzip, labelled Content-Encoding: gzip.</summary>
internal static class GzipContent
{
    public static ByteArrayContent Of(byte[] body, string mediaType)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(body);
        }

        var content = new ByteArrayContent(compressed.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        content.Headers.ContentEncoding.Add("gzip");
        return content;
    }
}
