namespace DataSpine.Grains.Catalog.Classification;

/// <summary>Stable class names; they are stored with columns and used as search filters.</summary>
public static class PiiClasses
{
    public const string Email = "EMAIL";
    public const string Phone = "PHONE";
    public const string DateOfBirth = "DATE_OF_BIRTH";
    public const string CreditCard = "CREDIT_CARD";
    public const string UsSsn = "NATIONAL_ID_US_SSN";
    public const string Iban = "IBAN";
    public const string IpAddress = "IP_ADDRESS";
    public const string PersonName = "PERSON_NAME";
    public const string PostalAddress = "POSTAL_ADDRESS";

    public static IReadOnlyList<string> All { get; } =
        [Email, Phone, DateOfBirth, CreditCard, UsSsn, Iban, IpAddress, PersonName, PostalAddress];
}
