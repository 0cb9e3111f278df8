using DataSpine.Grains.Security;

namespace DataSpine.Api.Security;

/// <summary>Body of POST /api/v1/keys. Role: viewer, steward, engineer or admin.</summary>
public sealed record KeyRequest(string? Name, string? Role, DateTimeOffset? ExpiresAt);

/// <summary>A key as listed: never its secret nor its hash.</summary>
public sealed record KeyView(string Id, string Name, string Role, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? LastUsedAt, bool Revoked)
{
    public static KeyView From(ApiKeyView key) =>
        new(key.Id, key.Name, Roles.Name(key.Role), key.CreatedAt, key.ExpiresAt, key.LastUsedAt, key.Revoked);
}

/// <summary>The answer to POST /api/v1/keys: the only time the key's text is shown.</summary>
public sealed record CreatedKey(string Id, string Key, string Name, string Role, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt);

/// <summary>Who the caller is (GET /api/v1/me): a key's id and name, a token's subject, or an anonymous reader.</summary>
public sealed record Caller(string? Id, string? Name, string? Role, bool Authenticated);

public static class KeyErrors
{
    public const string InvalidKey = "invalid_key";
    public const string KeyNotFound = "key_not_found";
}
