namespace DataSpine.Grains.Security;

/// <summary>Durable state of the key ring: every key by id, hashed.</summary>
public sealed record ApiKeyRingState
{
    public Dictionary<string, ApiKeyCredential> Keys { get; set; } = new(StringComparer.Ordinal);
}
