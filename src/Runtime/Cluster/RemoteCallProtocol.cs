namespace DataSpine.Runtime.Cluster;

/// <summary>
/// The silo-to-silo envelope: POST /cluster/call over HTTP/2 with the target in headers and the
/// arguments as a JSON array (each serialised as its declared parameter type) in the body. The answer is
/// the result as JSON (200), a refusal because this silo does not own the grain (409), or the exception's
/// type and message (500). POST /cluster/stale-copies tells a grain's owner which of its grains another silo
/// wrote while it still took itself for their owner (a JSON array of grain ids).
/// </summary>
internal static class RemoteCallProtocol
{
    public const string CallPath = "/cluster/call";
    public const string PingPath = "/cluster/ping";
    public const string SnapshotPath = "/cluster/snapshot";
    public const string StaleCopiesPath = "/cluster/stale-copies";
    public const string Interface = "X-Grain-Interface";
    public const string Key = "X-Grain-Key";
    public const string Method = "X-Grain-Method";
    public const string TimeoutMs = "X-Call-Timeout-Ms";
    public const string MembershipVersion = "X-Membership-Version";
    public const string Generation = "X-Silo-Generation";

    /// <summary>The body of a 500 answer.</summary>
    public sealed record RemoteError(string Type, string Message);
}
