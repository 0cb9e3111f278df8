using static DataSpine.Grains.Catalog.Classification.PiiClasses;

namespace DataSpine.Grains.Tests.Catalog.Classification;

internal static partial class LabelledColumns
{
    private static void AddPii(Builder set)
    {
        set.Add("email", "varchar(255)", g => g.Email(), Email);
        set.Add("customer_email", "text", g => g.Email(), Email);
        set.Add("EmailAddress", "nvarchar(320)", g => g.Email(), Email);
        set.Add("user_email", null, g => g.Email(), Email);
        set.AddMessy("contact_email", "varchar", g => g.Email(), "no email given", Email);
        set.Add("e_mail", "text", g => g.Email(), Email);
        set.Add("eMail", "string", g => g.Email(), Email);
        set.Add("billing_email", "varchar(200)", g => g.Email(), Email);
        set.Add("work_email", "citext", g => g.Email(), Email);
        set.Add("emailAddress", null, g => g.Email(), Email);
        set.Add("PRIMARY_EMAIL", "VARCHAR2(255)", g => g.Email(), Email);
        set.Add("cust_email", "text", g => g.Email(), Email);
        set.Add("usr_email2", "text", g => g.Email(), Email);
        set.Add("sender_email", "text", g => g.Email(), Email);
        set.Add("login", "varchar(255)", g => g.Email(), Email);
        set.Add("notification_email", "text", g => g.Email(), Email);

        set.Add("phone", "varchar(32)", g => g.Phone(), Phone);
        set.Add("phone_number", "text", g => g.Phone(), Phone);
        set.Add("PhoneNumber", null, g => g.Phone(), Phone);
        set.Add("mobile", "varchar(20)", g => g.Phone(), Phone);
        set.Add("mobile_number", "text", g => g.Phone(), Phone);
        set.Add("cell_phone", "text", g => g.Phone(), Phone);
        set.Add("telephone", "varchar(40)", g => g.NationalPhone(), Phone);
        set.Add("tel", "text", g => g.Phone(), Phone);
        set.Add("fax", "text", g => g.Phone(), Phone);
        set.AddMessy("home_phone", "text", g => g.Phone(), "call office", Phone);
        set.Add("work_phone", "text", g => g.NationalPhone(), Phone);
        set.Add("contact_number", "text", g => g.Phone(), Phone);
        set.Add("msisdn", "bigint", g => "49" + g.Digits(10), Phone);
        set.Add("emergency_contact_phone", "text", g => g.Phone(), Phone);
        set.Add("phone2", "text", g => g.Phone(), Phone);
        set.Add("tel_no", "text", g => g.NationalPhone(), Phone);
        set.Add("phoneNo", "text", g => g.Phone(), Phone);
        set.Add("customer_mobile", "text", g => "+1" + g.Digits(10), Phone);

        set.Add("date_of_birth", "date", g => g.BirthDate("yyyy-MM-dd"), DateOfBirth);
        set.Add("dob", "text", g => g.BirthDate("MM/dd/yyyy"), DateOfBirth);
        set.Add("birth_date", "varchar(10)", g => g.BirthDate("dd.MM.yyyy"), DateOfBirth);
        set.Add("birthdate", null, g => g.AnyBirthDate(), DateOfBirth);
        set.Add("DateOfBirth", "datetime", g => g.BirthDate("yyyy-MM-dd 00:00:00"), DateOfBirth);
        set.Add("birthday", "text", g => g.BirthDate("d MMM yyyy"), DateOfBirth);
        set.Add("patient_dob", "date", g => g.BirthDate("yyyy-MM-dd"), DateOfBirth);
        set.Add("cust_dob", "text", g => g.BirthDate("yyyy/MM/dd"), DateOfBirth);
        set.Add("born_on", "date", g => g.BirthDate("yyyy-MM-dd"), DateOfBirth);
        set.Add("DOB", "varchar", g => g.BirthDate("dd/MM/yyyy"), DateOfBirth);
        set.Add("birth_dt", "integer", g => g.BirthDate("yyyyMMdd"), DateOfBirth);
        set.Add("geburtsdatum", "date", g => g.BirthDate("dd.MM.yyyy"), DateOfBirth);
        set.Add("member_birthdate", "timestamp", g => g.BirthDate("yyyy-MM-ddT00:00:00Z"), DateOfBirth);
        set.Add("dateOfBirth", "text", g => g.BirthDate("MMMM d, yyyy"), DateOfBirth);

        set.Add("credit_card_number", "varchar(19)", g => g.CardNumber(grouped: false), CreditCard);
        set.Add("card_number", "text", g => g.CardNumber(grouped: true), CreditCard);
        set.Add("cc_number", "text", g => g.CardNumber(grouped: true), CreditCard);
        set.Add("ccn", "text", g => g.CardNumber(grouped: false), CreditCard);
        set.Add("pan", "char(16)", g => g.CardNumber(grouped: false), CreditCard);
        set.Add("creditCardNo", null, g => g.CardNumber(grouped: true), CreditCard);
        set.Add("payment_card", "text", g => g.CardNumber(grouped: true), CreditCard);
        set.Add("card_no", "varchar", g => g.CardNumber(grouped: false), CreditCard);
        set.Add("cc_num", "numeric(19)", g => g.CardNumber(grouped: false), CreditCard);
        set.Add("card", "text", g => g.CardNumber(grouped: true), CreditCard);
        set.Add("debit_card_number", "text", g => g.CardNumber(grouped: true), CreditCard);
        set.Add("cardNumber", "text", g => g.CardNumber(grouped: false), CreditCard);

        set.Add("ssn", "char(11)", g => g.Ssn(dashed: true), UsSsn);
        set.Add("social_security_number", "text", g => g.Ssn(dashed: true), UsSsn);
        set.Add("SSN", "char(9)", g => g.Ssn(dashed: false), UsSsn);
        set.Add("customer_ssn", "text", g => g.Ssn(dashed: true), UsSsn);
        set.Add("emp_ssn", "integer", g => g.Ssn(dashed: false), UsSsn);
        set.Add("ssn_no", "text", g => g.Ssn(dashed: true), UsSsn);
        set.Add("SocialSecurityNo", null, g => g.Ssn(dashed: true), UsSsn);
        set.Add("tax_id", "text", g => g.Ssn(dashed: true), UsSsn);
        set.Add("national_id", "text", g => g.Ssn(dashed: true), UsSsn);
        set.Add("taxpayer_id", "varchar(11)", g => g.Ssn(dashed: true), UsSsn);

        set.Add("iban", "varchar(34)", g => g.Iban(grouped: false), Iban);
        set.Add("IBAN", "text", g => g.Iban(grouped: true), Iban);
        set.Add("payout_iban", "text", g => g.Iban(grouped: false), Iban);
        set.Add("customer_iban", null, g => g.Iban(grouped: true), Iban);
        set.Add("bank_account", "text", g => g.Iban(grouped: false), Iban);
        set.Add("account_number", "text", g => g.Iban(grouped: true), Iban);
        set.Add("iban_number", "text", g => g.Iban(grouped: false), Iban);
        set.Add("creditor_iban", "text", g => g.Iban(grouped: true), Iban);
        set.Add("refund_iban", "text", g => g.Iban(grouped: false), Iban);

        set.Add("ip", "varchar(45)", g => g.AnyIp(), IpAddress);
        set.Add("ip_address", "inet", g => g.IPv4(), IpAddress);
        set.Add("IPAddress", null, g => g.AnyIp(), IpAddress);
        set.Add("client_ip", "text", g => g.IPv4(), IpAddress);
        set.Add("remote_addr", "text", g => g.AnyIp(), IpAddress);
        set.Add("last_login_ip", "text", g => g.AnyIp(), IpAddress);
        set.Add("source_ip", "text", g => g.IPv4(), IpAddress);
        set.Add("dst_ip", "text", g => g.IPv4(), IpAddress);
        set.Add("ipv6_address", "text", g => g.IPv6(), IpAddress);
        set.Add("IPv4", "varchar(15)", g => g.IPv4(), IpAddress);
        set.Add("server_ip", "text", g => g.IPv4(), IpAddress);
        set.Add("peer_addr", "text", g => g.AnyIp(), IpAddress);
        set.Add("signup_ip", "text", g => g.AnyIp(), IpAddress);
        set.Add("ipAddr", "text", g => g.IPv6(), IpAddress);
        set.Add("device_ip", "text", g => g.IPv4(), IpAddress);

        set.Add("first_name", "varchar(100)", g => g.FirstName(), PersonName);
        set.Add("last_name", "varchar(100)", g => g.LastName(), PersonName);
        set.Add("full_name", "text", g => g.FullName(), PersonName);
        set.Add("surname", "text", g => g.LastName(), PersonName);
        set.Add("given_name", "text", g => g.FirstName(), PersonName);
        set.Add("family_name", "text", g => g.LastName(), PersonName);
        set.Add("middle_name", "text", g => g.FirstName(), PersonName);
        set.Add("firstName", null, g => g.FirstName(), PersonName);
        set.Add("lastName", null, g => g.LastName(), PersonName);
        set.Add("FullName", "nvarchar(200)", g => g.FullName(), PersonName);
        set.Add("customer_name", "text", g => g.FullName(), PersonName);
        set.Add("cardholder_name", "text", g => g.FullName().ToUpperInvariant(), PersonName);
        set.Add("contact_name", "text", g => g.FullName(), PersonName);
        set.Add("employee_name", "text", g => g.FullName(), PersonName);
        set.Add("patient_name", "text", g => g.FullName(), PersonName);
        set.Add("maiden_name", "text", g => g.LastName(), PersonName);
        set.Add("fname", "text", g => g.FirstName(), PersonName);
        set.Add("lname", "text", g => g.LastName(), PersonName);
        set.AddIn("customers", "name", "text", g => g.FullName(), PersonName);
        set.AddIn("employees", "name", "varchar(200)", g => g.FullName(), PersonName);
        set.Add("emergency_contact_name", "text", g => g.FullName(), PersonName);
        set.Add("beneficiary_name", "text", g => g.FullName(), PersonName);
        set.Add("forename", "text", g => g.FirstName(), PersonName);
        set.Add("account_holder_name", "text", g => g.FullName(), PersonName);

        set.Add("address", "text", g => g.StreetAddress(), PostalAddress);
        set.Add("street_address", "text", g => g.StreetAddress(), PostalAddress);
        set.Add("address_line1", "varchar(200)", g => g.StreetAddress(), PostalAddress);
        set.Add("billing_address", "text", g => g.StreetAddress(), PostalAddress);
        set.Add("shipping_address", "text", g => g.StreetAddress(), PostalAddress);
        set.Add("home_address", "text", g => g.StreetAddress(), PostalAddress);
        set.Add("mailing_address", "text", g => g.StreetAddress(), PostalAddress);
        set.Add("street", "text", g => g.StreetAddress(), PostalAddress);
        set.Add("addr", "text", g => g.StreetAddress(), PostalAddress);
        set.Add("delivery_address", "text", g => g.StreetAddress(), PostalAddress);
    }

    // Columns whose names say nothing: only their values can classify them.
    private static void AddValueOnlyPii(Builder set)
    {
        set.Add("contact", "text", g => g.Email(), Email);
        set.Add("col_7", "text", g => g.Email(), Email);
        set.Add("recipient", "text", g => g.Email(), Email);
        set.Add("reply_to", "text", g => g.Email(), Email);
        set.Add("contact_info", "text", g => g.Phone(), Phone);
        set.Add("primary_contact", "text", g => "+" + g.Int(1, 99) + " " + g.Digits(3) + " " + g.Digits(6), Phone);
        set.Add("value", "text", g => g.CardNumber(grouped: true), CreditCard);
        set.Add("payment_instrument", "text", g => g.CardNumber(grouped: false), CreditCard);
        set.Add("c3", "text", g => g.Ssn(dashed: true), UsSsn);
        set.Add("identifier", "text", g => g.Ssn(dashed: true), UsSsn);
        set.Add("beneficiary_account", "text", g => g.Iban(grouped: true), Iban);
        set.Add("debtor_account", "text", g => g.Iban(grouped: false), Iban);
        set.Add("host", "text", g => g.IPv4(), IpAddress);
        set.Add("origin", "text", g => g.IPv6(), IpAddress);
        set.Add("x_forwarded_for", "text", g => g.AnyIp(), IpAddress);
        set.Add("location_line", "text", g => g.StreetAddress(), PostalAddress);
    }
}
