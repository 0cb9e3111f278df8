namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// Tells four-part version strings from IPv4 addresses by their distribution: a version's major and
/// minor parts are small and its last part rarely large, so nearly every value has first and second
/// parts under 32 and a last part under 64. Random addresses do that once in 16,000; a private
/// 10.0.x.y network once in 16 per value, never for 80% of a sample.
/// </summary>
internal static class DottedQuadVersions
{
    private const double VersionShare = 0.8;

    public static bool LookLikeVersions(string[] values)
    {
        int quads = 0, small = 0;
        Span<int> parts = stackalloc int[4];
        foreach (var value in values)
        {
            if (!TryParts(value, parts))
            {
                continue;
            }

            quads++;
            if (parts[0] < 32 && parts[1] < 32 && parts[3] < 64)
            {
                small++;
            }
        }

        return quads >= 3 && small >= VersionShare * quads;
    }

    private static bool TryParts(ReadOnlySpan<char> value, Span<int> parts)
    {
        if (!IpAddressParser.IsIPv4(value))
        {
            return false;
        }

        var i = 0;
        foreach (var range in value.Split('.'))
        {
            parts[i++] = int.Parse(value[range], System.Globalization.CultureInfo.InvariantCulture);
        }

        return true;
    }
}
