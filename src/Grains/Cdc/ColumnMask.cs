using System.Security.Cryptography;
using System.Text;

namespace DataSpine.Grains.Cdc;

/// <summary>
/// The mask of a masked column: lower-case hex of HMAC-SHA256 over the value's text with the route's own random key.
/// Equal values stay equal within a route (joins and counts still work) but cannot be looked up by hashing guesses.
/// </summary>
internal sealed class ColumnMask(byte[] key)
{
    public string? Apply(string? value) =>
        value is null ? null : Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(value)));

    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(32);
}
