namespace DataSpine.Grains.Security;

/// <summary>
/// A stored API key: its hash (never the secret) and what it grants. The salt and hash are computed by the
/// node that saw the secret; the grain only keeps them.
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.security.ApiKeyCredential")]
public sealed record ApiKeyCredential(
    string Id,
    string Name,
    Role Role,
    string Hash,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? LastUsedAt,
    bool Revoked)
{
    public ApiKeyView ToView() => new(Id, Name, Role, CreatedAt, ExpiresAt, LastUsedAt, Revoked);

    public bool UsableAt(DateTimeOffset now) => !Revoked && (ExpiresAt is null || ExpiresAt > now);
}

/// <summary>A key as the API lists it: everything but the hash.</summary>
[GenerateSerializer, Immutable, Alias("ds.security.ApiKeyView")]
public sealed record ApiKeyView(
    string Id,
    string Name,
    Role Role,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? LastUsedAt,
    bool Revoked);

/// <summary>How finely a key's last use is recorded: coarser than this is not worth a write per request.</summary>
public static class ApiKeyUse
{
    public static readonly TimeSpan Resolution = TimeSpan.FromMinutes(1);
}
