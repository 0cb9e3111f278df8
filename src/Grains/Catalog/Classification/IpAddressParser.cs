namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// Strict IP literal parsing. System.Net.IPAddress.TryParse is too lenient for classification: it
/// accepts "1" (0.0.0.1), "1.2" and octal or hexadecimal parts, so digits and version strings would
/// pass. IPv4 here is dotted-quad decimal (RFC 791 text form); IPv6 is RFC 4291 section 2.2 with "::"
/// compression, an embedded IPv4 tail and an optional zone (RFC 4007) or brackets.
/// </summary>
internal static class IpAddressParser
{
    public static bool IsIPv4(ReadOnlySpan<char> value)
    {
        var parts = 0;
        foreach (var range in value.Split('.'))
        {
            var part = value[range];
            if (++parts > 4 || part.Length is 0 or > 3)
            {
                return false;
            }

            var octet = 0;
            foreach (var c in part)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }

                octet = (octet * 10) + (c - '0');
            }

            if (octet > 255)
            {
                return false;
            }
        }

        return parts == 4;
    }

    public static bool IsIPv6(ReadOnlySpan<char> value)
    {
        if (value.Length > 2 && value[0] == '[' && value[^1] == ']')
        {
            value = value[1..^1];
        }

        var zone = value.IndexOf('%');
        if (zone >= 0)
        {
            if (zone == value.Length - 1)
            {
                return false;
            }

            value = value[..zone];
        }

        if (value.Length < 2 || !value.Contains(':'))
        {
            return false;
        }

        var compressed = value.IndexOf("::", StringComparison.Ordinal);
        if (compressed >= 0 && value[(compressed + 1)..].Contains("::", StringComparison.Ordinal))
        {
            return false;
        }

        if (compressed < 0)
        {
            return CountGroups(value, allowIPv4Tail: true) == 8;
        }

        var head = value[..compressed];
        var tail = value[(compressed + 2)..];
        var headGroups = head.IsEmpty ? 0 : CountGroups(head, allowIPv4Tail: false);
        var tailGroups = tail.IsEmpty ? 0 : CountGroups(tail, allowIPv4Tail: true);
        return headGroups >= 0 && tailGroups >= 0 && headGroups + tailGroups <= 7;
    }

    // Number of 16-bit groups in "a:b:c", an IPv4 tail counting as two; -1 when malformed.
    private static int CountGroups(ReadOnlySpan<char> value, bool allowIPv4Tail)
    {
        var groups = 0;
        var remaining = value;
        while (true)
        {
            var colon = remaining.IndexOf(':');
            var group = colon < 0 ? remaining : remaining[..colon];
            if (colon < 0 && allowIPv4Tail && group.Contains('.'))
            {
                return IsIPv4(group) ? groups + 2 : -1;
            }

            if (group.Length is 0 or > 4 || !IsHex(group))
            {
                return -1;
            }

            groups++;
            if (colon < 0)
            {
                return groups;
            }

            remaining = remaining[(colon + 1)..];
        }
    }

    private static bool IsHex(ReadOnlySpan<char> group)
    {
        foreach (var c in group)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
