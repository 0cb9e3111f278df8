using System.Collections.Frozen;

namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// Names of people, decided by the column name: a name part (first_name, surname, given_name) or a
/// person role followed by "name" (customer_name, cardholder_name), or a bare "name" in a table of
/// people. Not person names: a username or login (an identifier a person chose, often not their name),
/// display/nick names, and names of things (file_name, table_name, product_name, company_name,
/// host_name). Values cannot tell a person's name from a city or a product, so they only confirm or
/// contradict the column name (digits or @ in most values contradict).
/// </summary>
internal sealed class PersonNameDetector : ColumnDetector
{
    private static readonly NameRule Rule = new(
        strongPhrases: PersonNamePhrases.Strong,
        weakPhrases: ["author", "owner", "creator", "assigned", "contact"],
        modifiers:
        [
            "user", "username", "login", "screen", "nick", "nickname", "display", "initial", "initials", "company",
            "business", "organisation", "organization", "org", "firm", "employer", "brand", "product", "file",
            "table", "host", "domain", "street", "city", "town", "project", "team", "department", "dept", "store",
            "shop", "bank", "branch", "vendor", "supplier", "merchant", "site", "server", "database", "schema",
            "app", "device", "course", "event", "job", "group", "tag", "title", "pet", "school", "hospital",
            "plan", "campaign", "email", "mail", "phone", "mobile", "tel", "address", "addr", "empresa",
            "entreprise", "societe", "firma", "bedrijf", "ship", "vessel", "account", "acct", "class",
            "species", "breed", "color", "colour", "font", "queue", "stage", "pipeline", "workflow", "step",
        ]);

    private static readonly FrozenSet<string> BareNameWords = FrozenSet.ToFrozenSet(PersonNamePhrases.BareNameWords);

    public override string Class => PiiClasses.PersonName;

    public override string RuleId => "person_name";

    public override string ValueNoun => "name-like values";

    public override bool Accepts(DataTypeFamily family) => family is DataTypeFamily.Text or DataTypeFamily.Unknown;

    public override NameMatch MatchName(ColumnName name, ColumnName table)
    {
        var match = Rule.Match(name);
        if (match.Strength != NameStrength.None)
        {
            return match;
        }

        // "name", "nombre", "FIRST" alone mean the row's own name: a person's only in a table of people.
        return name.Count == 1 && BareNameWords.Contains(name.Tokens[0]) && PeopleTables.Contains(table)
            ? NameMatch.Strong($"'{name.Tokens[0]}' in a table of people")
            : NameMatch.None;
    }

    public override ValueMatch MatchValue(string value) => LooksLikeName(value) ? ValueMatch.Generic : ValueMatch.None;

    // One to five words of letters with inner apostrophes, hyphens, periods or commas ("O'Brien, Mary").
    internal static bool LooksLikeName(ReadOnlySpan<char> value)
    {
        if (value.Length > 80 || !char.IsLetter(value[0]))
        {
            return false;
        }

        var words = 1;
        foreach (var c in value)
        {
            if (c == ' ')
            {
                words++;
            }
            else if (!char.IsLetter(c) && c is not ('\'' or '’' or '-' or '.' or ','))
            {
                return false;
            }
        }

        return words <= 5;
    }
}
