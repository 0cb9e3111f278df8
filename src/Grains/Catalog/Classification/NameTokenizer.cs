using System.Text;

namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// Splits a column name into lower-case word tokens so that rules match words, never substrings
/// ("shipping" and "description" must not look like "ip"). Handles snake_case, kebab-case, spaces,
/// dots, camelCase and acronyms ("SSNNumber", "IPv4Address"), then splits run-together words
/// ("firstname", "dateofbirth") only when every piece is a known word.
/// </summary>
internal static class NameTokenizer
{
    public static string[] Tokenize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var raw = SplitWords(text);
        var merged = new List<string>(raw.Count + 2);
        for (var i = 0; i < raw.Count; i++)
        {
            if (i + 1 < raw.Count && NameVocabulary.TryMerge(raw[i], raw[i + 1], out var joined))
            {
                merged.Add(joined);
                i++;
                continue;
            }

            AddSegmented(merged, StripTrailingDigits(raw[i]));
        }

        return [.. merged];
    }

    private static List<string> SplitWords(string text)
    {
        var words = new List<string>(6);
        var current = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(words, current);
                continue;
            }

            if (current.Length > 0 && IsBoundary(text, i))
            {
                Flush(words, current);
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush(words, current);
        return words;
    }

    // firstName | SSNNumber (an acronym ends where a lower-case word of 2+ letters starts) | 2fa.
    // "IPv4" stays one word because "v4" is not a lower-case word.
    private static bool IsBoundary(string text, int i)
    {
        var c = text[i];
        var prev = text[i - 1];
        if (char.IsUpper(c) && char.IsLower(prev))
        {
            return true;
        }

        if (char.IsUpper(c) && char.IsUpper(prev) && i + 2 < text.Length
            && char.IsLower(text[i + 1]) && char.IsLower(text[i + 2]))
        {
            return true;
        }

        return char.IsLetter(c) && char.IsDigit(prev);
    }

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }

    // "address1" and "phone2" are "address" and "phone"; "ipv4" and "last4" keep their digits.
    private static string StripTrailingDigits(string word)
    {
        var end = word.Length;
        while (end > 0 && char.IsDigit(word[end - 1]))
        {
            end--;
        }

        if (end == word.Length || end < 2 || NameVocabulary.KeepsDigits(word))
        {
            return word;
        }

        var stem = word[..end];
        return NameVocabulary.IsWord(stem) ? stem : word;
    }

    private static void AddSegmented(List<string> into, string word)
    {
        if (word.Length < 5 || NameVocabulary.IsWord(word) || !IsAllLetters(word))
        {
            into.Add(word);
            return;
        }

        var pieces = Segment(word);
        if (pieces is null)
        {
            into.Add(word);
        }
        else
        {
            into.AddRange(pieces);
        }
    }

    private static bool IsAllLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    // Fewest-pieces split of the whole word into vocabulary words of 2+ letters; null when none exists.
    private static List<string>? Segment(string word)
    {
        var n = word.Length;
        var best = new int[n + 1];
        var from = new int[n + 1];
        Array.Fill(best, int.MaxValue);
        best[0] = 0;
        for (var end = 2; end <= n; end++)
        {
            for (var start = 0; start <= end - 2; start++)
            {
                if (best[start] == int.MaxValue || best[start] + 1 >= best[end])
                {
                    continue;
                }

                if (NameVocabulary.IsWord(word.AsSpan(start, end - start)))
                {
                    best[end] = best[start] + 1;
                    from[end] = start;
                }
            }
        }

        if (best[n] == int.MaxValue || best[n] < 2)
        {
            return null;
        }

        var pieces = new List<string>(best[n]);
        for (var end = n; end > 0; end = from[end])
        {
            pieces.Add(word[from[end]..end]);
        }

        pieces.Reverse();
        return pieces;
    }
}
