using static DataSpine.Grains.Catalog.Classification.PiiClasses;

namespace DataSpine.Grains.Tests.Catalog.Classification;

internal static partial class IndependentColumns
{
    // Modelled on the CSV headers of public SaaS exports and on well-known web application schemas.
    private static void AddSaasExports(Builder set)
    {
        set.Table("stripe_customers")
            .Col("id", "text", g => "cus_" + g.Hex(14))
            .Col("Description", "text", g => g.Note())
            .Col("Email", "text", g => g.Email(), Email)
            .Col("Name", "text", g => g.FullName(), PersonName)
            .Col("Created (UTC)", "text", g => g.Timestamp())
            .Col("Card Last4", "text", g => g.Digits(4))
            .Col("Card Brand", "text", g => g.Pick(new[] { "Visa", "MasterCard", "American Express" }))
            .Col("Address Line1", "text", g => g.Address(), PostalAddress)
            .Col("Address Zip", "text", g => g.Postcode())
            .Col("Phone", "text", g => g.Phone(), Phone)
            .Col("Shipping Name", "text", g => g.Natural(), PersonName)
            .Col("Balance", "text", g => g.Money());
        set.Table("Contact")
            .Col("FirstName", "string", g => g.GivenName(), PersonName)
            .Col("LastName", "string", g => g.FamilyName(), PersonName)
            .Col("MobilePhone", "string", g => g.Phone(), Phone)
            .Col("MailingStreet", "textarea", g => g.Address(), PostalAddress)
            .Col("MailingPostalCode", "string", g => g.Postcode())
            .Col("Birthdate", "date", g => g.BirthDate("yyyy-MM-dd"), DateOfBirth)
            .Col("AssistantName", "string", g => g.Natural(), PersonName)
            .Col("AssistantPhone", "string", g => g.Phone(), Phone)
            .Col("Department", "string", g => g.Pick(new[] { "Finance", "Procurement", "IT", "Legal" }))
            .Col("LeadSource", "picklist", g => g.Pick(new[] { "Web", "Partner Referral", "Trade Show" }))
            .Col("OwnerId", "reference", g => "005" + g.Hex(15))
            .Col("EmailBouncedReason", "string", g => g.Pick(new[] { "550 mailbox unavailable", "552 quota exceeded" }));
        set.Table("jira_issues")
            .Col("Summary", "text", g => g.Note())
            .Col("Issue key", "text", g => "OPS-" + g.Int(1, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Col("Status", "text", g => g.Status())
            .Col("Assignee", "text", g => g.Natural(), PersonName)
            .Col("Reporter", "text", g => g.Natural(), PersonName)
            .Col("Created", "text", g => g.Timestamp())
            .Col("Watchers", "text", g => g.Count())
            .Col("Sprint", "text", g => "Sprint " + g.Int(1, 90).ToString(System.Globalization.CultureInfo.InvariantCulture));
        set.Table("shopify_customers")
            .Col("First Name", "text", g => g.GivenName(), PersonName)
            .Col("Last Name", "text", g => g.FamilyName(), PersonName)
            .Col("Accepts Email Marketing", "text", g => g.Pick(new[] { "yes", "no" }))
            .Col("Default Address Address1", "text", g => g.Address(), PostalAddress)
            .Col("Default Address Zip", "text", g => g.Postcode())
            .Col("Default Address Phone", "text", g => g.Phone(), Phone)
            .Col("Total Spent", "text", g => g.Money())
            .Col("Tags", "text", g => g.Pick(new[] { "vip", "wholesale", "newsletter" }));
        set.Table("shopify_orders")
            .Col("Name", "text", g => g.OrderName())
            .Col("Email", "text", g => g.Email(), Email)
            .Col("Billing Name", "text", g => g.Natural(), PersonName)
            .Col("Billing Street", "text", g => g.Address(), PostalAddress)
            .Col("Shipping Phone", "text", g => g.Phone(), Phone)
            .Col("Discount Code", "text", g => g.Upper(6))
            .Col("Payment Reference", "text", g => "c" + g.Digits(11) + "." + g.Int(1, 3).ToString(System.Globalization.CultureInfo.InvariantCulture));
        set.Table("mailchimp_members")
            .Col("Email Address", "text", g => g.Email(), Email)
            .Col("Birthday", "text", g => g.BirthDate("MM/dd"), DateOfBirth)
            .Col("MEMBER_RATING", "text", g => g.Int(1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Col("OPTIN_IP", "text", g => g.IPv4(), IpAddress)
            .Col("CONFIRM_IP", "text", g => g.IPv4(), IpAddress)
            .Col("GMTOFF", "text", g => g.Int(-8, 10).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Col("CC", "text", g => g.Pick(new[] { "US", "DE", "BR", "JP" }))
            .Col("LEID", "text", g => g.Digits(9))
            .Col("EUID", "text", g => g.Hex(10));
        set.Table("twilio_messages")
            .Col("From", "text", g => g.Phone(), Phone)
            .Col("To", "text", g => g.Phone(), Phone)
            .Col("Body", "text", g => g.Note())
            .Col("AccountSid", "text", g => "AC" + g.Hex(32))
            .Col("NumSegments", "text", g => g.Int(1, 4).ToString(System.Globalization.CultureInfo.InvariantCulture));
        set.Table("email_activity")
            .Col("from_email", "text", g => g.Email(), Email)
            .Col("to_email", "text", g => g.Email(), Email)
            .Col("msg_id", "text", g => g.MessageId())
            .Col("opens_count", "integer", g => g.Count())
            .Col("originating_ip", "text", g => g.IPv4(), IpAddress);
        set.Table("commits")
            .Col("sha", "text", g => g.Sha1())
            .Col("author_name", "text", g => g.Natural(), PersonName)
            .Col("author_email", "text", g => g.Email(), Email)
            .Col("committer", "text", g => g.Mailbox(), PersonName, Email)
            .Col("message", "text", g => g.Note());
        set.Table("wp_users")
            .Col("user_login", "varchar(60)", g => g.Username())
            .Col("user_pass", "varchar(255)", g => "$P$B" + g.Hex(30))
            .Col("user_email", "varchar(100)", g => g.Email(), Email)
            .Col("user_url", "varchar(100)", g => g.Url())
            .Col("user_registered", "datetime", g => g.Timestamp());
        set.Table("customer_entity")
            .Col("firstname", "varchar(255)", g => g.GivenName(), PersonName)
            .Col("lastname", "varchar(255)", g => g.FamilyName(), PersonName)
            .Col("dob", "date", g => g.BirthDate("yyyy-MM-dd"), DateOfBirth)
            .Col("taxvat", "varchar(50)", g => g.Pick(new[] { "DE", "FR", "NL" }) + g.Digits(9));
        set.Table("customer_address_entity")
            .Col("street", "text", g => g.Address(), PostalAddress)
            .Col("telephone", "varchar(255)", g => g.Phone(), Phone)
            .Col("postcode", "varchar(255)", g => g.Postcode());
        set.Table("woocommerce_order_meta")
            .Col("_billing_first_name", "longtext", g => g.GivenName(), PersonName)
            .Col("_billing_address_1", "longtext", g => g.Address(), PostalAddress)
            .Col("_billing_phone", "longtext", g => g.Phone(), Phone)
            .Col("_customer_ip_address", "longtext", g => g.AnyIp(), IpAddress)
            .Col("_customer_user_agent", "longtext", g => g.UserAgent());
        set.Table("access_log")
            .Col("remote_addr", "text", g => g.AnyIp(), IpAddress)
            .Col("time_local", "text", g => g.Timestamp())
            .Col("request", "text", g => "GET /" + g.Hex(8) + " HTTP/1.1")
            .Col("http_user_agent", "text", g => g.UserAgent())
            .Col("http_x_forwarded_for", "text", g => g.IPv4(), IpAddress)
            .Col("upstream_addr", "text", g => g.Hostname() + ":8080");
        set.Table("auth0_users")
            .Col("given_name", "text", g => g.GivenName(), PersonName)
            .Col("family_name", "text", g => g.FamilyName(), PersonName)
            .Col("nickname", "text", g => g.Username())
            .Col("last_ip", "text", g => g.AnyIp(), IpAddress)
            .Col("logins_count", "integer", g => g.Count())
            .Col("picture", "text", g => g.Url());
        set.Table("payments")
            .Col("card_number", "text", g => g.Card(), CreditCard)
            .Col("iban", "text", g => g.Iban(), Iban)
            .Col("debtor_iban", "text", g => g.Iban(), Iban)
            .Col("bic", "text", g => g.Bic())
            .Col("amount", "numeric", g => g.Money())
            .Col("contact", "text", g => g.ContactHandle(), Email, Phone);
    }
}
