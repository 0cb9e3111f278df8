using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DataSpine.Benchmarks.Cluster;

/// <summary>The transport floor: callers each on their own loopback TCP connection, 64-byte request, 64-byte answer.</summary>
internal static class LoopbackEcho
{
    private const int Size = 64;

    public static async Task<(double Rate, List<double> Latencies)> MeasureAsync(int callers, TimeSpan duration)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var stop = new CancellationTokenSource();
        var servers = new List<Task>();
        var clients = new List<TcpClient>();
        try
        {
            for (var c = 0; c < callers; c++)
            {
                var client = new TcpClient { NoDelay = true };
                await client.ConnectAsync(IPAddress.Loopback, port);
                clients.Add(client);
                var accepted = await listener.AcceptTcpClientAsync();
                accepted.NoDelay = true;
                servers.Add(Task.Run(() => ServeAsync(accepted, stop.Token)));
            }

            var latencies = new List<double>[callers];
            var total = 0L;
            var started = Stopwatch.GetTimestamp();
            await Task.WhenAll(Enumerable.Range(0, callers).Select(c => Task.Run(async () =>
            {
                var mine = latencies[c] = [];
                var stream = clients[c].GetStream();
                var buffer = new byte[Size];
                while (Stopwatch.GetElapsedTime(started) < duration)
                {
                    var call = Stopwatch.GetTimestamp();
                    await stream.WriteAsync(buffer);
                    await stream.ReadExactlyAsync(buffer);
                    mine.Add(Stopwatch.GetElapsedTime(call).TotalMilliseconds);
                }

                Interlocked.Add(ref total, mine.Count);
            })));
            return (total / Stopwatch.GetElapsedTime(started).TotalSeconds, [.. latencies.SelectMany(l => l)]);
        }
        finally
        {
            await stop.CancelAsync();
            foreach (var client in clients)
            {
                client.Dispose();
            }

            await Task.WhenAll(servers);
        }
    }

    private static async Task ServeAsync(TcpClient connection, CancellationToken stop)
    {
        using (connection)
        {
            var stream = connection.GetStream();
            var buffer = new byte[Size];
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    await stream.ReadExactlyAsync(buffer, stop);
                    await stream.WriteAsync(buffer, stop);
                }
            }
            catch (Exception error) when (error is IOException or EndOfStreamException or OperationCanceledException or SocketException)
            {
                // The caller closed its end.
            }
        }
    }
}
