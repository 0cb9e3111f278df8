using System.Net.Sockets;
using System.Text;

namespace DataSpine.Silo.Tests.BadInput;

/// <summary>
/// Requests HttpClient will not send (it normalises paths and validates headers): written byte for byte
/// on a socket, answered by Kestrel or the app. Returns the status line's code and the whole answer.
/// </summary>
internal static class RawRequests
{
    public static IEnumerable<(string Name, string Request)> Odd(string host)
    {
        string Get(string target, string extraHeaders = "") => $"GET {target} HTTP/1.1\r\nHost: {host}\r\n{extraHeaders}Connection: close\r\n\r\n";
        yield return ("bad percent-encoding", Get("/api/v1/sources/%zz%"));
        yield return ("overlong UTF-8 in the path", Get("/api/v1/sources/%C0%AF%C0%AF"));
        yield return ("invalid UTF-8 in the path", Get("/api/v1/assets/%FF%FE/t"));
        yield return ("encoded NUL in the path", Get("/api/v1/glossary/terms/%00"));
        yield return ("dot segments", Get("/api/v1/sources/../../../etc/passwd"));
        yield return ("encoded dot segments", Get("/api/v1/assets/..%2F..%2F..%2Fetc%2Fpasswd"));
        yield return ("URI longer than Kestrel's request line", Get("/api/v1/sources/" + new string('a', 20_000)));
        yield return ("one huge header", Get("/api/v1/sources", $"X-Big: {new string('b', 40_000)}\r\n"));
        yield return ("too many headers", Get("/api/v1/sources", string.Concat(Enumerable.Range(0, 200).Select(i => $"X-H{i}: v\r\n"))));
        yield return ("a foreign Host", $"GET /api/v1/sources HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        yield return ("no Host", "GET /api/v1/sources HTTP/1.1\r\nConnection: close\r\n\r\n");
        yield return ("absolute-form target", Get($"http://{host}/api/v1/sources"));
        yield return ("a control character in a header", Get("/api/v1/sources", "X-Correlation-Id: a\u0001b\r\n"));
        yield return ("a body longer than its Content-Length says",
            $"POST /api/v1/glossary/terms HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Length: 5\r\nConnection: close\r\n\r\n{{\"name\":\"n\",\"definition\":\"d\"}}");
        yield return ("a broken chunked body",
            $"POST /api/v1/glossary/terms HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{{}}\r\n0\r\n\r\n");
        yield return ("a gzip label on a body that is not gzip",
            $"POST /api/v1/glossary/terms HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{{}}");
        yield return ("an unknown method", $"BREW /api/v1/sources HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
        yield return ("HTTP/0.9-style request", "GET /api/v1/sources\r\n\r\n");
    }

    public static async Task<(int Status, string Answer)> SendAsync(Uri server, string request, TimeSpan timeout)
    {
        using var client = new TcpClient();
        using var cancel = new CancellationTokenSource(timeout);
        await client.ConnectAsync(server.Host, server.Port, cancel.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request), cancel.Token);
        using var answer = new MemoryStream();
        try
        {
            await stream.CopyToAsync(answer, cancel.Token);
        }
        catch (IOException)
        {
            // Kestrel may reset a connection it refused; what it wrote before is the answer.
        }

        var text = Encoding.Latin1.GetString(answer.ToArray());
        var parts = text.Split(' ', 3);
        return (parts.Length > 1 && int.TryParse(parts[1], out var status) ? status : 0, text);
    }
}
