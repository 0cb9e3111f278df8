namespace DataSpine.SqlLineage.Resolution;

/// <summary>Case-insensitive SQL LIKE matching (% and _), for Snowflake's SELECT * ILIKE 'pattern'.</summary>
internal static class LikePattern
{
    public static bool Matches(string text, string pattern) => Match(text.AsSpan(), pattern.AsSpan());

    private static bool Match(ReadOnlySpan<char> text, ReadOnlySpan<char> pattern)
    {
        // Iterative with one backtrack point for the last %, so it stays linear-ish and never recurses deeply.
        int t = 0, p = 0, starP = -1, starT = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '_' || char.ToLowerInvariant(pattern[p]) == char.ToLowerInvariant(text[t])))
            {
                t++;
                p++;
            }
            else if (p < pattern.Length && pattern[p] == '%')
            {
                starP = p++;
                starT = t;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                t = ++starT;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '%')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
