namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// The severity of each class, a fixed table (docs/stewardship.md): payment and government identifiers are
/// high, what identifies or reaches a person is medium, a network address is low. A class a steward made up
/// by hand is medium until the table names it.
/// </summary>
public static class ClassSeverities
{
    private static readonly Dictionary<string, ClassSeverity> Table = new(StringComparer.Ordinal)
    {
        [PiiClasses.CreditCard] = ClassSeverity.High,
        [PiiClasses.UsSsn] = ClassSeverity.High,
        [PiiClasses.Iban] = ClassSeverity.High,
        [PiiClasses.Email] = ClassSeverity.Medium,
        [PiiClasses.Phone] = ClassSeverity.Medium,
        [PiiClasses.DateOfBirth] = ClassSeverity.Medium,
        [PiiClasses.PersonName] = ClassSeverity.Medium,
        [PiiClasses.PostalAddress] = ClassSeverity.Medium,
        [PiiClasses.IpAddress] = ClassSeverity.Low,
    };

    public static ClassSeverity Of(string className) => Table.GetValueOrDefault(className, ClassSeverity.Medium);
}
