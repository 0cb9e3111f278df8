using System.Collections.Frozen;

namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// Words that name a non-personal thing whose values can look like PII: a "version" of 1.2.3.4 is a
/// valid IPv4 literal, a "sku" or "order_code" may pass a format check, an "amount" can have 16 digits.
/// When a column is named so and its name does not also name the class, only values in an unambiguous
/// format count (issue 3: half of the labelled set are such look-alikes; issue 20 adds keys such as
/// order_no and names of organisations, places and works, whose values read like people's names).
/// </summary>
internal static class LookAlikeNames
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
    [
        "zip", "zipcode", "postcode", "postal", "version", "ver", "build", "release", "revision", "rev",
        "firmware", "sku", "order", "invoice", "product", "item", "amount", "price", "cost", "total",
        "balance", "qty", "quantity", "count", "cnt", "hash", "checksum", "digest", "md5", "sha1", "sha256",
        "uuid", "guid", "token", "key", "ref", "reference", "tracking", "serial", "isbn", "ean", "upc",
        "gtin", "barcode", "transaction", "txn", "batch", "lot", "model", "part", "code", "routing", "sort",
        "swift", "bic", "ein", "npi", "duns", "vat", "created", "updated", "modified", "timestamp", "time",
        "ts", "subnet", "cidr", "netmask", "mac", "port", "latitude", "longitude", "lat", "lon", "lng",
        "score", "rate", "ratio", "pct", "percent", "fee", "vin", "imei", "iccid", "meid", "plate",
        "license", "licence", "coordinates", "duration", "size", "bytes", "nonce", "salt", "no", "nr", "num",
        "number", "pn", "po", "vendor", "supplier", "asin", "mpn", "catalog", "catalogue", "stock", "shipment",
        // names of organisations, places and works, whose values can read like people's names
        "company", "manufacturer", "publisher", "carrier", "airline", "insurer", "brand", "org", "organisation",
        "organization", "firm", "employer", "merchant", "bank", "store", "shop", "hotel", "restaurant", "school",
        "university", "hospital", "clinic", "agency", "studio", "label", "team", "club", "title", "film", "movie",
        "song", "album", "book", "city", "town", "country", "region", "province", "county", "district", "venue",
    ]);

    /// <summary>The first look-alike word in the name, or null.</summary>
    public static string? Find(ColumnName name)
    {
        foreach (var token in name.Tokens)
        {
            if (Words.Contains(token))
            {
                return token;
            }
        }

        return null;
    }
}
