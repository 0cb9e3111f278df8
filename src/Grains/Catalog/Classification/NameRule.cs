using System.Collections.Frozen;

namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// A detector's name rule: phrases of adjacent tokens that name the class, and modifiers that turn
/// such a name into one that describes the value instead of holding it (email_count, phone_type,
/// is_email_verified, card_last4).
/// </summary>
internal sealed class NameRule
{
    // Words that make "<pii>_<word>" a fact about the value rather than the value itself.
    private static readonly FrozenSet<string> GlobalModifiers = FrozenSet.ToFrozenSet(
    [
        "count", "counts", "cnt", "total", "qty", "quantity", "sum", "avg", "average", "min", "max", "pct",
        "percent", "percentage", "ratio", "rate", "score", "length", "len", "size", "verified", "unverified",
        "validated", "valid", "invalid", "confirmed", "unconfirmed", "enabled", "disabled", "flag", "flags",
        "bounced", "bounce", "bounces", "opted", "optin", "optout", "opt", "consent", "subscribed",
        "unsubscribed", "blocked", "blacklisted", "whitelisted", "allowed", "masked", "mask", "hash",
        "hashed", "md5", "sha1", "sha256", "sha512", "encrypted", "token", "tokenized", "fingerprint",
        "type", "types", "kind", "category", "status", "state", "format", "template", "provider", "domain",
        "prefix", "suffix", "version", "at", "time", "timestamp", "ts", "date", "dt", "day", "month", "year",
        "id", "ids", "uuid", "guid", "key", "sent", "opened", "clicked", "received", "delivered", "changed",
        "updated", "modified", "created", "deleted", "requested", "preference", "preferences", "settings",
        "visibility", "visible", "privacy", "label", "description", "desc", "note", "notes", "comment",
        "country", "city", "region", "geo", "location", "lat", "latitude", "lon", "lng", "longitude", "asn",
        "isp", "carrier", "brand", "network", "issuer", "model", "os", "index", "idx", "seq", "sequence",
        "rank", "code", "name", "last4", "four", "list", "field", "column", "regex", "pattern",
        // the same in other languages
        "tipo", "typ", "estado", "statut", "verificado", "verifie", "anzahl", "aantal", "cantidad", "quantite",
        "fecha", "datum", "codigo", "código", "pais", "país", "ciudad", "ville", "stadt", "plaats",
        // consent and marketing flags: accepts_email_marketing, sms_marketing_consent
        "accepts", "accepted", "marketing", "newsletter", "promo", "promotions", "usage", "quota", "storage",
    ]);

    // Leading words that make the column a flag or a count: is_email_verified, has_phone, num_emails.
    private static readonly FrozenSet<string> LeadingModifiers = FrozenSet.ToFrozenSet(
        ["is", "has", "can", "should", "allow", "did", "was", "needs", "use", "num", "n", "nb", "no", "number"]);

    // Phrases by their first token, so a name is matched in time proportional to its length.
    private readonly FrozenDictionary<string, (string[] Tokens, NameStrength Strength)[]> _phrasesByFirstToken;
    private readonly FrozenSet<string> _modifiers;

    public NameRule(string[] strongPhrases, string[] weakPhrases, string[] modifiers)
    {
        // Accented phrases match their folded spelling too: "teléfono" and "telefono".
        (string[] Tokens, NameStrength Strength)[] phrases =
        [
            .. strongPhrases.Concat(strongPhrases.Select(Diacritics.Fold)).Distinct().Select(p => (p.Split(' '), NameStrength.Strong)),
            .. weakPhrases.Concat(weakPhrases.Select(Diacritics.Fold)).Distinct().Select(p => (p.Split(' '), NameStrength.Weak)),
        ];
        _phrasesByFirstToken = phrases.GroupBy(p => p.Tokens[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _modifiers = FrozenSet.ToFrozenSet(modifiers);
    }

    public NameMatch Match(ColumnName name)
    {
        if (!TryFindPhrase(name, out var start, out var phrase, out var strength))
        {
            return NameMatch.None;
        }

        var end = start + phrase.Length;
        var words = string.Join(' ', phrase);
        for (var i = 0; i < name.Count; i++)
        {
            if (i >= start && i < end)
            {
                continue;
            }

            var token = name.Tokens[i];
            var leading = i == 0 && LeadingModifiers.Contains(token);
            if (leading || GlobalModifiers.Contains(token) || _modifiers.Contains(token))
            {
                return new NameMatch(NameStrength.Negative, $"'{words}' qualified by '{token}': describes the value, does not hold it");
            }
        }

        return new NameMatch(strength, $"name token(s) '{words}'");
    }

    // The strongest, then longest, phrase wins: "date of birth" over "birth".
    private bool TryFindPhrase(ColumnName name, out int start, out string[] phrase, out NameStrength strength)
    {
        start = -1;
        phrase = [];
        strength = NameStrength.None;
        for (var i = 0; i < name.Count; i++)
        {
            if (!_phrasesByFirstToken.TryGetValue(name.Tokens[i], out var candidates))
            {
                continue;
            }

            foreach (var (tokens, phraseStrength) in candidates)
            {
                if (phraseStrength < strength || (phraseStrength == strength && tokens.Length <= phrase.Length))
                {
                    continue;
                }

                if (MatchesAt(name, tokens, i))
                {
                    (start, phrase, strength) = (i, tokens, phraseStrength);
                }
            }
        }

        return start >= 0;
    }

    private static bool MatchesAt(ColumnName name, string[] phrase, int at)
    {
        if (at + phrase.Length > name.Count)
        {
            return false;
        }

        for (var j = 1; j < phrase.Length; j++)
        {
            if (!string.Equals(name.Tokens[at + j], phrase[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
