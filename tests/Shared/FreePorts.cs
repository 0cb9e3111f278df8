namespace DataSpine.Tests.Shared;

/// <summary>Loopback ports for processes and listeners that tests start.</summary>
public static class FreePorts
{
    /// <summary>A loopback port nothing listens on (it was free a moment ago).</summary>
    public static int Next()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
