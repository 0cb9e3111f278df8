namespace DataSpine.Grains.Tests.Catalog.Classification;

internal static partial class LabelledColumns
{
    // Ordinary columns: numbers, codes, free text, geography that is not an address.
    private static void AddNonPii(Builder set)
    {
        set.Add("id", "bigint", g => g.Digits(6));
        set.Add("customer_id", "bigint", g => g.Digits(9));
        set.Add("user_id", "integer", g => g.Digits(7));
        set.Add("account_id", "text", g => g.Uuid());
        set.Add("employee_number", "text", g => "E" + g.Digits(5));
        set.Add("badge_number", "text", g => g.Digits(6));
        set.Add("city", "text", g => g.City());
        set.Add("state", "char(2)", g => g.Pick(new[] { "CA", "NY", "TX", "WA" }));
        set.Add("country", "text", g => g.Pick(new[] { "Germany", "France", "Brazil", "Japan" }));
        set.Add("country_code", "char(2)", g => g.CountryCode());
        set.Add("currency", "char(3)", g => g.Pick(new[] { "EUR", "USD", "GBP", "JPY" }));
        set.Add("language", "text", g => g.Pick(new[] { "en", "de", "fr-CA", "pt-BR" }));
        set.Add("timezone", "text", g => g.Pick(new[] { "Europe/Berlin", "America/New_York", "UTC" }));
        set.Add("url", "text", g => g.Url());
        set.Add("website", "text", g => g.Url());
        set.Add("domain", "text", g => g.Pick(new[] { "example.com", "shop.example.org" }));
        set.Add("user_agent", "text", g => g.UserAgent());
        set.Add("port", "integer", g => ValueGenerator.Format($"{g.Int(1024, 65535)}"));
        set.Add("latitude", "double precision", g => g.Latitude());
        set.Add("longitude", "text", g => g.Latitude());
        set.Add("price", "numeric(10,2)", g => g.Price());
        set.Add("quantity", "integer", g => g.Count());
        set.Add("status", "text", g => g.Pick(new[] { "active", "pending", "closed" }));
        set.Add("notes", "text", g => g.FreeText());
        set.Add("comment", "text", g => g.FreeText());
        set.Add("category", "text", g => g.Pick(new[] { "Books", "Garden", "Toys" }));
        set.Add("tags", "text[]", g => "{sale,new}");
        set.Add("color", "text", g => g.Pick(new[] { "red", "navy", "olive" }));
        set.Add("size", "text", g => g.Pick(new[] { "S", "M", "L", "XL" }));
        set.Add("weight_kg", "real", g => g.Price());
        set.Add("rating", "smallint", g => ValueGenerator.Format($"{g.Int(1, 6)}"));
        set.Add("score", "double", g => g.Price());
        set.Add("age_bucket", "text", g => g.Pick(new[] { "18-24", "25-34", "35-44" }));
        set.Add("gender", "text", g => g.Pick(new[] { "F", "M", "X" }));
        set.Add("coupon_code", "text", g => g.Letters(8));
        set.Add("promo_code", "text", g => "SAVE" + g.Digits(2));
        set.Add("license_plate", "text", g => g.Letters(3) + "-" + g.Digits(4));
        set.Add("flight_number", "text", g => g.Letters(2) + g.Digits(3));
        set.Add("seat", "text", g => g.Digits(2) + g.Letters(1));
        set.Add("ticket_number", "text", g => "016" + g.Digits(10));
        set.Add("npi", "char(10)", g => g.Digits(10));
        set.Add("duns", "text", g => g.Digits(9));
        set.Add("membership_number", "text", g => "M" + g.Digits(8));
        set.Add("invoice_total", "numeric", g => g.Price());
        set.Add("tax_rate", "numeric", g => "0." + g.Digits(2));
        set.Add("discount_pct", "real", g => ValueGenerator.Format($"{g.Int(0, 60)}"));
        set.Add("data", "jsonb", g => "{\"a\":1}");
        set.Add("payload", "text", g => "{\"event\":\"click\",\"n\":" + g.Digits(3) + "}");
        set.Add("ShippingZone", "text", g => g.Pick(new[] { "EU-1", "US-W", "APAC" }));
        set.Add("shipment_weight", "numeric", g => g.Price());
        set.Add("warehouse_code", "text", g => g.Letters(3) + g.Digits(2));
        set.Add("batch_id", "text", g => g.Digits(12));
        set.Add("serial_number", "text", g => g.Letters(2) + g.Digits(10));
        set.Add("device_id", "text", g => g.Uuid());
        set.Add("api_key", "text", g => "sk_live_" + g.Hex(32));
        set.Add("etag", "text", g => g.Md5());
        set.Add("row_version", "bigint", g => g.Digits(12));
        set.Add("page_views", "integer", g => g.Count());
        set.Add("click_through_rate", "real", g => "0." + g.Digits(3));
        set.Add("referrer", "text", g => g.Url());
    }
}
