using Microsoft.AspNetCore.DataProtection;

namespace DataSpine.Grains.Catalog.Secrets;

/// <summary>
/// Encrypts source connection settings at rest with ASP.NET Data Protection (keys in the node's key
/// folder), so grain state and its storage never hold a password in clear text.
/// </summary>
public sealed class SecretProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("DataSpine.Catalog.SourceConnection.v1");

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
