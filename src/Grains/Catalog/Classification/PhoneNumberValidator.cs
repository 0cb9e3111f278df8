using PhoneNumbers;

namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// Validates phone numbers with Google's libphonenumber: an international number (+ or 00) against its
/// own country's plan, a national one against the regions a catalog most often meets, first valid wins.
/// </summary>
internal static class PhoneNumberValidator
{
    // Ordered by how often a national number in a business database comes from there; NANP first.
    private static readonly string[] NationalRegions =
    [
        "US", "GB", "DE", "FR", "IN", "JP", "NL", "ES", "IT", "BR", "AU", "CN", "MX", "PL", "SE", "NO", "DK",
        "FI", "BE", "CH", "AT", "PT", "IE", "KR", "RU", "TR", "ZA", "AR", "CO", "CL", "NZ", "SG", "HK", "ID",
        "PH", "VN", "TH", "IL", "AE", "SA", "EG", "NG", "KE", "GR", "CZ", "HU", "RO", "UA",
    ];

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static bool IsValidInternational(string number) => IsValid(number, "ZZ");

    public static bool IsValidNational(string number)
    {
        foreach (var region in NationalRegions)
        {
            if (IsValid(number, region))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsValid(string number, string region)
    {
        try
        {
            return Util.IsValidNumber(Util.Parse(number, region));
        }
        catch (NumberParseException)
        {
            return false;
        }
    }
}
