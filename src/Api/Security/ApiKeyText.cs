using System.Buffers.Text;
using System.Security.Cryptography;

namespace DataSpine.Api.Security;

/// <summary>
/// The text of a key: <c>dsk_&lt;id&gt;_&lt;secret&gt;</c>. The id finds the stored hash without scanning; the
/// secret is 32 random bytes. A configured bootstrap key of another shape has the id "bootstrap".
/// </summary>
public static class ApiKeyText
{
    public const string Prefix = "dsk_";
    public const string BootstrapId = "bootstrap";

    public static (string Id, string Text) Generate()
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (id, $"{Prefix}{id}_{secret}");
    }

    /// <summary>The id and secret of a key as a client sent it.</summary>
    public static (string Id, string Secret) Parse(string text)
    {
        if (text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            var separator = text.IndexOf('_', Prefix.Length);
            if (separator > Prefix.Length && separator < text.Length - 1)
            {
                return (text[Prefix.Length..separator], text[(separator + 1)..]);
            }
        }

        return (BootstrapId, text);
    }
}
