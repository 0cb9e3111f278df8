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
        strongPhrases:
        [
            "first name", "last name", "middle name", "full name", "given name", "family name", "maiden name",
            "legal name", "surname", "surnames", "forename", "forenames", "christian name", "birth name",
            "fname", "lname", "firstname", "lastname", "fullname", "givenname", "vorname", "nachname",
            "customer name", "cust name", "client name", "employee name", "emp name", "patient name",
            "member name", "person name", "contact name", "holder name", "cardholder name", "cardholder",
            "owner name", "manager name", "recipient name", "sender name", "beneficiary name", "guardian name",
            "parent name", "spouse name", "father name", "mother name", "student name", "teacher name",
            "author name", "applicant name", "passenger name", "driver name", "tenant name", "buyer name",
            "signer name", "signatory name", "doctor name", "physician name", "agent name", "candidate name",
            "traveler name", "traveller name", "insured name", "policyholder name", "payee name", "payer name",
            "preferred name", "name on card",
        ],
        weakPhrases: [],
        modifiers: ["user", "username", "login", "screen", "nick", "nickname", "display", "initial", "initials"]);

    private static readonly FrozenSet<string> PeopleTables = FrozenSet.ToFrozenSet(
    [
        "customer", "customers", "user", "users", "person", "persons", "people", "employee", "employees",
        "contact", "contacts", "patient", "patients", "member", "members", "student", "students", "author",
        "authors", "staff", "client", "clients", "passenger", "passengers", "driver", "drivers", "applicant",
        "applicants", "tenant", "tenants", "guest", "guests", "traveler", "travelers",
    ]);

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

        // "name" alone means the row's own name: a person only in a table of people.
        return name.Count == 1 && name.Tokens[0] is "name" or "names" && table.HasAny(PeopleTables)
            ? NameMatch.Strong("'name' in a table of people")
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
