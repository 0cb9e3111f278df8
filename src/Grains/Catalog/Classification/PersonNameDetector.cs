using System.Collections.Frozen;

namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// Names of people, decided by the column name: a name part (first_name, surname, given_name) or a
/// person role followed by "name" (customer_name, cardholder_name), or a bare "name" in a table of
/// people. Not person names: a username or login (an identifier a person chose, often not their name),
/// display/nick names, and names of things (file_name, table_name, product_name, company_name,
/// host_name). Values name a class of their own when most are frequent given or family names in a
/// person's shape (<see cref="PersonNameValue"/>); unknown name-shaped values only confirm a column name,
/// and values with digits, addresses or company words contradict it.
/// </summary>
internal sealed class PersonNameDetector : ColumnDetector
{
    private static readonly NameRule Rule = new(
        strongPhrases: PersonNamePhrases.Strong,
        // A bare role names a person or their account id; values decide which.
        weakPhrases:
        [
            "author", "owner", "creator", "assigned", "contact", "manager", "supervisor", "composer", "editor",
            "reviewer", "recipient", "sender", "guardian", "spouse", "signatory", "lecturer", "mentor", "sponsor",
            "card name", "provider name",
        ],
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
            "manufacturer", "publisher", "carrier", "airline", "insurer", "university", "clinic", "studio", "label",
            "agency", "venue", "hotel", "restaurant", "film", "movie", "song", "album", "track", "book", "game",
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

        if (name.Count == 2 && name.Tokens[1] is "name" or "nm" && AgentNouns.IsAgentNoun(name.Tokens[0]))
        {
            return NameMatch.Strong($"'{name.Tokens[0]} name': the name of someone who does something");
        }

        // "name", "nombre", "FIRST" alone mean the row's own name: a person's only in a table of people.
        return name.Count == 1 && BareNameWords.Contains(name.Tokens[0]) && PeopleTables.Contains(table)
            ? NameMatch.Strong($"'{name.Tokens[0]}' in a table of people")
            : NameMatch.None;
    }

    public override double SpecificValueWeight => 0.85;

    public override ValueMatch MatchValue(string value) => PersonNameValue.Match(value);

    // Frequency lists cannot hold every name: when nearly every value has a person's name shape and a
    // third or more are frequent names, the rest are most likely names too (cities, titles and
    // products rarely have that shape so consistently, and company words contradict it).
    public override double ValueOnlyConfidence(int generic, int specific, int sampled)
    {
        var weighted = base.ValueOnlyConfidence(generic, specific, sampled);
        var known = (double)specific / sampled;
        return (double)(generic + specific) / sampled >= 0.8 && known >= 0.3 ? Math.Max(weighted, 0.55 + (0.4 * known)) : weighted;
    }

    public override bool Contradicts(string value) => PersonNameValue.Contradicts(value);

    // No name is unambiguous: "Morgan Stanley" in company_name is a company.
    public override bool HoldsUnderLookAlikeName(string value) => false;
}
