using DataSpine.Grains.Catalog.Classification;

namespace DataSpine.Grains.Residency;

/// <summary>The category each catalog class belongs to; a residency rule names either (docs/cdc.md has the table).</summary>
public static class ClassCategories
{
    public const string Pii = "PII";
    public const string Pci = "PCI";
    public const string Financial = "FINANCIAL";
    public const string Restricted = "RESTRICTED";

    public static IReadOnlyList<string> All { get; } = [Pii, Pci, Financial, Restricted];

    private static readonly Dictionary<string, string> s_byClass = new(StringComparer.Ordinal)
    {
        [PiiClasses.Email] = Pii,
        [PiiClasses.Phone] = Pii,
        [PiiClasses.DateOfBirth] = Pii,
        [PiiClasses.PersonName] = Pii,
        [PiiClasses.PostalAddress] = Pii,
        [PiiClasses.IpAddress] = Pii,
        [PiiClasses.CreditCard] = Pci,
        [PiiClasses.Iban] = Financial,
        [PiiClasses.UsSsn] = Restricted,
    };

    public static IReadOnlyDictionary<string, string> ByClass => s_byClass;

    public static string? Of(string catalogClass) => s_byClass.GetValueOrDefault(catalogClass);

    public static bool IsCategory(string name) => All.Contains(name, StringComparer.Ordinal);

    public static bool IsClass(string name) => s_byClass.ContainsKey(name);
}
