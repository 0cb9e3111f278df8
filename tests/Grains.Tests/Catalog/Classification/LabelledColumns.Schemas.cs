using static DataSpine.Grains.Catalog.Classification.PiiClasses;

namespace DataSpine.Grains.Tests.Catalog.Classification;

internal static partial class LabelledColumns
{
    // Column names in the style of common application schemas (payments, CRM, e-commerce, auth),
    // written down and labelled before running the classifier on them; misses are kept.
    private static void AddSchemaStyle(Builder set)
    {
        set.Add("receipt_email", "text", g => g.Email(), Email);
        set.Add("billing_details_email", "text", g => g.Email(), Email);
        set.Add("user_email_address", "varchar(254)", g => g.Email(), Email);
        set.Add("EmailAddr", "nvarchar(254)", g => g.Email(), Email);
        set.Add("contact_mail", "text", g => g.Email(), Email);
        set.Add("correo_electronico", "text", g => g.Email(), Email);
        set.Add("Phone__c", "text", g => g.Phone(), Phone);
        set.Add("MobilePhone", "text", g => g.Phone(), Phone);
        set.Add("HomePhone", "text", g => g.NationalPhone(), Phone);
        set.Add("shipping_phone", "text", g => g.Phone(), Phone);
        set.Add("telephone_number", "text", g => g.Phone(), Phone);
        set.Add("telefono", "text", g => g.Phone(), Phone);
        set.Add("Birthdate", "date", g => g.BirthDate("yyyy-MM-dd"), DateOfBirth);
        set.Add("fecha_nacimiento", "date", g => g.BirthDate("yyyy-MM-dd"), DateOfBirth);
        set.Add("customer_birth_date", "text", g => g.BirthDate("MM/dd/yyyy"), DateOfBirth);
        set.Add("source_ip_address", "text", g => g.IPv4(), IpAddress);
        set.Add("client_ip_address", "text", g => g.AnyIp(), IpAddress);
        set.Add("ip_addr", "text", g => g.IPv4(), IpAddress);
        set.Add("remote_ip", "text", g => g.AnyIp(), IpAddress);
        set.Add("user_ip", "text", g => g.IPv4(), IpAddress);
        set.Add("x_real_ip", "text", g => g.IPv4(), IpAddress);
        set.Add("FirstName", "nvarchar(40)", g => g.FirstName(), PersonName);
        set.Add("LastName", "nvarchar(80)", g => g.LastName(), PersonName);
        set.Add("billing_first_name", "text", g => g.FirstName(), PersonName);
        set.Add("shipping_last_name", "text", g => g.LastName(), PersonName);
        set.Add("recipient_name", "text", g => g.FullName(), PersonName);
        set.Add("payer_name", "text", g => g.FullName(), PersonName);
        set.Add("preferred_name", "text", g => g.FirstName(), PersonName);
        set.Add("name_on_card", "text", g => g.FullName().ToUpperInvariant(), PersonName);
        set.Add("author", "text", g => g.FullName(), PersonName);
        set.Add("address_line_2", "text", g => g.Pick(new[] { "Apt 4B", "Suite 200", "Unit 12", "Floor 3" }), PostalAddress);
        set.Add("street_line1", "text", g => g.StreetAddress(), PostalAddress);
        set.Add("billing_street", "text", g => g.StreetAddress(), PostalAddress);
        set.Add("Address", "nvarchar(255)", g => g.StreetAddress(), PostalAddress);
        set.Add("bank_iban", "text", g => g.Iban(grouped: false), Iban);
        set.Add("social_security_no", "text", g => g.Ssn(dashed: true), UsSsn);
        set.Add("stored_card_pan", "text", g => g.CardNumber(grouped: false), CreditCard);

        set.Add("middle_initial", "char(1)", g => g.Letters(1));
        set.Add("email_sent", "boolean", g => g.Bool());
        set.Add("emailed_at", "timestamp", g => g.Timestamp());
        set.Add("last_email_sent_at", "text", g => g.Timestamp());
        set.Add("phone_confirmed", "text", g => g.Bool());
        set.Add("ip_allowlist", "text", g => g.Cidr());
        set.Add("ip_whitelist_enabled", "boolean", g => g.Bool());
        set.Add("card_country", "char(2)", g => g.CountryCode());
        set.Add("card_funding", "text", g => g.Pick(new[] { "credit", "debit", "prepaid" }));
        set.Add("card_network", "text", g => g.Pick(new[] { "visa", "mastercard" }));
        set.Add("card_number_encrypted", "text", g => g.Hex(64));
        set.Add("ssn_encrypted", "bytea", g => "\\x" + g.Hex(48));
        set.Add("payment_method_type", "text", g => g.Pick(new[] { "card", "sepa_debit", "ideal" }));
        set.Add("address_country", "char(2)", g => g.CountryCode());
        set.Add("address_city", "text", g => g.City());
        set.Add("address_postal_code", "text", g => g.Zip5());
        set.Add("address_state", "text", g => g.Pick(new[] { "CA", "NY" }));
        set.Add("billing_zip", "text", g => g.Zip9());
        set.Add("shipping_country", "text", g => g.CountryCode());
        set.Add("first_purchase_at", "timestamptz", g => g.Timestamp());
        set.Add("last_activity_date", "date", g => g.RecentDate());
        set.Add("first_response_time", "interval", g => g.TimeOfDay());
        set.Add("email_confirmation_token", "text", g => g.Hex(40));
        set.Add("reset_password_token", "text", g => g.Hex(40));
        set.Add("phone_number_id", "bigint", g => g.Digits(15));
        set.Add("birth_country", "char(2)", g => g.CountryCode());
        set.Add("credit_limit", "numeric", g => g.Price());
        set.Add("credit_score", "integer", g => ValueGenerator.Format($"{g.Int(300, 850)}"));
        set.Add("account_balance", "numeric", g => g.Price());
        set.Add("iban_verified_at", "timestamp", g => g.Timestamp());
        set.Add("last_ip_lookup_at", "text", g => g.Timestamp());
    }
}
