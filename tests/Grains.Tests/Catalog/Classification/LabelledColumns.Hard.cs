using static DataSpine.Grains.Catalog.Classification.PiiClasses;

namespace DataSpine.Grains.Tests.Catalog.Classification;

internal static partial class LabelledColumns
{
    // Cases a simple rule set gets wrong; some are expected misses, kept so the figures stay honest.
    private static void AddHard(Builder set)
    {
        // PII in awkward shapes.
        set.Add("contact_handle", "text", g => g.Int(0, 2) == 0 ? g.Email() : g.Phone(), Email, Phone);
        set.AddIn("orders", "name", "text", g => g.FullName(), PersonName);
        set.Add("created_by", "text", g => g.Email(), Email);
        set.Add("owner", "text", g => $"{g.FirstName()} {g.LastName()} <{g.Email()}>", Email, PersonName); // issue 20: both
        set.Add("phone", "bigint", g => "1" + g.Int(2, 10) + g.Digits(9), Phone);
        set.Add("local_phone", "text", g => g.Digits(3) + "-" + g.Digits(4), Phone);
        set.Add("dob_short", "text", g => g.BirthDate("MM/dd/yy"), DateOfBirth);
        set.Add("remote_endpoint", "text", g => ValueGenerator.Format($"{g.IPv4()}:{g.Int(1024, 65535)}"), IpAddress);
        set.Add("ip", "text", g => ValueGenerator.Format($"{g.Int(1, 224):000}.{g.Int(0, 256):000}.{g.Int(0, 256):000}.{g.Int(1, 255):000}"), IpAddress);
        set.Add("iban", "text", g => g.Iban(grouped: true).ToLowerInvariant(), Iban);
        set.AddMessy("ssn", "text", g => g.Ssn(dashed: g.Int(0, 2) == 0), "pending", UsSsn);
        set.Add("emergency_contact", "text", g => g.Phone(), Phone);
        set.Add("card_pan", "text", g => g.CardNumber(grouped: g.Int(0, 2) == 0), CreditCard);
        set.Add("telefon", "text", g => g.Phone(), Phone);

        // Look-alikes that only their name or a subtle value rule can save.
        set.Add("phone", "text", g => g.Digits(3));
        set.Add("card_number_masked", "text", g => "4111 **** **** " + g.Digits(4));
        set.Add("itin", "text", g => ValueGenerator.Format($"9{g.Digits(2)}-{g.Int(70, 89)}-{g.Digits(4)}"));
        set.Add("agent", "text", g => g.FourPartVersion());
        set.Add("voucher", "text", g => ValueGenerator.LuhnComplete("6" + g.Digits(14)));
        set.Add("anniversary_date", "date", g => g.BirthDate("yyyy-MM-dd"));
        set.Add("customer_since", "date", g => g.RecentDate());
        set.Add("notes_with_contacts", "text", g => "Call " + g.Phone() + " or write to " + g.Email());
        set.Add("zip_plus4", "char(9)", g => g.Digits(9));
        set.Add("ein_number", "text", g => g.Ein());
        set.Add("fw_rev", "text", g => g.FourPartVersion());
        set.Add("gateway_mac", "text", g => g.Mac());
        set.Add("sms_sent_count", "integer", g => g.Count());
        set.Add("birthday_reminder_sent", "boolean", g => g.Bool());
        set.Add("name_length", "integer", g => g.Count());
        set.Add("street_number", "integer", g => ValueGenerator.Format($"{g.Int(1, 999)}"));
    }
}
