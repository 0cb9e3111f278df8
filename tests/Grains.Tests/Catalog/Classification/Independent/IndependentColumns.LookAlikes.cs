using static DataSpine.Grains.Catalog.Classification.PiiClasses;

namespace DataSpine.Grains.Tests.Catalog.Classification;

internal static partial class IndependentColumns
{
    // Tables full of values that look like PII and are not, and PII under names that say nothing.
    private static void AddLookAlikeTables(Builder set)
    {
        set.Table("releases")
            .Col("version", "text", g => g.FourPartVersion())
            .Col("build", "text", g => g.FourPartVersion())
            .Col("agent_version", "text", g => g.FourPartVersion())
            .Col("client_release", "text", g => g.FourPartVersion())
            .Col("product_version", "text", g => g.FourPartVersion())
            .Col("semver", "text", g => g.SemVer())
            .Col("released_on", "date", g => g.RecentDate());
        set.Table("mail_messages")
            .Col("message_id", "text", g => g.MessageId())
            .Col("in_reply_to", "text", g => g.MessageId())
            .Col("references_header", "text", g => g.MessageId())
            .Col("from_address", "text", g => g.Email(), Email)
            .Col("subject", "text", g => g.Note())
            .Col("received_at", "timestamp", g => g.Timestamp())
            .Col("size_bytes", "integer", g => g.Count());
        set.Table("inventory")
            .Col("sku", "text", g => g.Sku())
            .Col("part_number", "text", g => g.PartNumber())
            .Col("part_no", "text", g => g.ZeroPaddedKey(10))
            .Col("order_no", "text", g => g.ZeroPaddedKey(10))
            .Col("vendor_no", "text", g => g.ZeroPaddedKey(9))
            .Col("po_number", "text", g => g.ZeroPaddedKey(10))
            .Col("ean", "text", g => "40" + g.Digits(11))
            .Col("isbn", "text", g => g.Isbn())
            .Col("lot", "text", g => "L" + g.Digits(7))
            .Col("product_name", "text", g => g.ProductName())
            .Col("unit_price", "numeric", g => g.Money())
            .Col("qty_on_hand", "integer", g => g.Count());
        set.Table("shipments")
            .Col("tracking_number", "text", g => g.Tracking())
            .Col("carrier", "text", g => g.Pick(new[] { "UPS", "DHL", "PostNL", "La Poste" }))
            .Col("weight_kg", "numeric", g => g.Money())
            .Col("ship_to_city", "text", g => g.City())
            .Col("ship_to_country", "text", g => g.Country())
            .Col("ship_to_postcode", "text", g => g.Postcode());
        set.Table("devices")
            .Col("imei", "text", g => g.Imei())
            .Col("mac_address", "text", g => g.Mac())
            .Col("firmware", "text", g => g.FourPartVersion())
            .Col("serial_no", "text", g => g.Upper(3) + g.Digits(8))
            .Col("hostname", "text", g => g.Hostname())
            .Col("wallet_address", "text", g => "0x" + g.Hex(40))
            .Col("subnet", "text", g => IndependentValues.F($"10.{g.Int(0, 255)}.0.0/16"));
        set.Table("geo_points")
            .Col("lat", "double", g => g.Coordinate())
            .Col("lon", "double", g => g.Coordinate())
            .Col("city", "text", g => g.City())
            .Col("country", "text", g => g.Country())
            .Col("zip", "text", g => g.Postcode());
        set.Table("ledger")
            .Col("invoice_no", "text", g => g.InvoiceNumber())
            .Col("amount", "numeric", g => g.Money())
            .Col("reference", "text", g => g.Digits(16))
            .Col("account_code", "text", g => g.Digits(6))
            .Col("vat_rate", "text", g => g.Percent())
            .Col("posted_at", "timestamp", g => g.Timestamp());
        set.Table("sessions")
            .Col("session_id", "text", g => g.Uuid())
            .Col("duration", "text", g => g.Duration())
            .Col("page_url", "text", g => g.Url())
            .Col("referrer", "text", g => g.Url())
            .Col("theme_color", "text", g => g.HexColor())
            .Col("ui_language", "text", g => g.Language())
            .Col("started_at", "timestamp", g => g.Timestamp());
        set.Table("catalog_items")
            .Col("name", "text", g => g.ProductName())
            .Col("title", "text", g => g.Title())
            .Col("brand", "text", g => g.Company())
            .Col("npi", "text", g => g.Npi())
            .Col("release_date", "date", g => g.RecentDate());
        set.Table("import_staging")
            .Col("col1", "text", g => g.Email(), Email)
            .Col("col2", "text", g => g.Natural(), PersonName)
            .Col("col3", "text", g => g.Phone(), Phone)
            .Col("col4", "text", g => g.Address(), PostalAddress)
            .Col("col5", "text", g => g.Iban(), Iban)
            .Col("col6", "text", g => g.Card(), CreditCard)
            .Col("col7", "text", g => g.IPv6(), IpAddress)
            .Col("col8", "text", g => g.Status())
            .Col("col9", "text", g => g.ProductName())
            .Col("col10", "text", g => g.FourPartVersion())
            .Col("value", "text", g => g.Reversed(), PersonName)
            .Col("field_3", "text", g => g.Mailbox(), PersonName, Email)
            .Col("attr_a", "text", g => g.Ssn(), UsSsn)
            .Col("data", "text", g => g.ContactHandle(), Email, Phone)
            .Col("c12", "text", g => g.City());
    }
}
