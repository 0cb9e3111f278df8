namespace DataSpine.Api.Policies;

/// <summary>
/// The categories (<c>resource.category</c>) of the catalog's classes: every class the classifiers detect is personal
/// data (PII); card numbers are also PCI. A class the catalog does not know has no category.
/// </summary>
public static class ClassCategories
{
    public const string Pii = "PII";
    public const string Pci = "PCI";

    private static readonly HashSet<string> PersonalClasses = new(StringComparer.OrdinalIgnoreCase)
    {
        "CREDIT_CARD", "DATE_OF_BIRTH", "EMAIL", "IBAN", "IP_ADDRESS", "NATIONAL_ID_US_SSN", "PERSON_NAME", "PHONE", "POSTAL_ADDRESS",
    };

    public static IEnumerable<string> Of(IEnumerable<string> classes) =>
        classes.SelectMany(Of).Distinct(StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<string> Of(string @class)
    {
        if (PersonalClasses.Contains(@class))
        {
            yield return Pii;
        }

        if (string.Equals(@class, "CREDIT_CARD", StringComparison.OrdinalIgnoreCase))
        {
            yield return Pci;
        }
    }
}
