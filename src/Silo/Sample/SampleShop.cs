using System.Globalization;
using System.Numerics;
using Microsoft.Data.Sqlite;

namespace DataSpine.Silo.Sample;

/// <summary>
/// Writes the sample source: a small SQLite shop (customers, orders, items, payments, products and two
/// views) with realistic personal data in the columns where a real shop keeps it, all of it generated.
/// </summary>
internal static class SampleShop
{
    private static readonly string[] s_first = ["Ann", "Bo", "Carla", "Dev", "Eli", "Fatima", "Gus", "Hana", "Ivan", "Jo", "Kemal", "Lena"];
    private static readonly string[] s_last = ["Lee", "Chan", "Garcia", "Patel", "Novak", "Okafor", "Smith", "Tanaka", "Weber", "Silva"];

    public static async Task CreateAsync(string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, Schema, cancellationToken);
        var random = new Random(42);
        for (var sku = 1; sku < 40; sku++)
        {
            await ExecuteAsync(connection, $"INSERT INTO products VALUES ('SKU-{sku:000}', 'Product {sku}', '1.{sku % 5}.0', {(sku * 1.5).ToString("0.00", CultureInfo.InvariantCulture)})", cancellationToken);
        }

        for (var id = 1; id <= 200; id++)
        {
            var first = s_first[random.Next(s_first.Length)];
            var last = s_last[random.Next(s_last.Length)];
            await ExecuteAsync(connection,
                $"INSERT INTO customers VALUES ({id}, '{first.ToLowerInvariant()}.{last.ToLowerInvariant()}{id}@example.com', '{first}', '{last}', " +
                $"'+1 415 555 {random.Next(1000, 9999)}', '{1950 + random.Next(50)}-{1 + random.Next(12):00}-{1 + random.Next(28):00}', " +
                $"'{random.Next(1000, 99999):00000}', '2024-0{1 + random.Next(9)}-1{random.Next(10)}T10:00:00Z')", cancellationToken);
        }

        for (var id = 1; id <= 500; id++)
        {
            var total = Math.Round(random.NextDouble() * 300, 2).ToString(CultureInfo.InvariantCulture);
            await ExecuteAsync(connection,
                $"INSERT INTO orders VALUES ({id}, {1 + random.Next(200)}, 'ORD-{id:000000}', '{(id % 7 == 0 ? "cancelled" : "paid")}', {total}, '2024-10-{1 + (id % 28):00}');" +
                $"INSERT INTO order_items VALUES ({id}, 1, 'SKU-{random.Next(1, 40):000}', {1 + random.Next(3)}, 9.99);" +
                $"INSERT INTO payments VALUES ({id}, {id}, '{CardNumber(random)}', '{Iban(random)}', '10.{random.Next(256)}.{random.Next(256)}.{random.Next(1, 255)}', '2024-10-{1 + (id % 28):00}')",
                cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private const string Schema = """
        CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, first_name TEXT, last_name TEXT, phone TEXT,
            date_of_birth TEXT, zip_code TEXT, created_at TEXT NOT NULL);
        CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id), order_code TEXT NOT NULL,
            status TEXT NOT NULL, total NUMERIC NOT NULL, created_at TEXT NOT NULL);
        CREATE TABLE order_items (order_id INTEGER NOT NULL REFERENCES orders(id), line INTEGER NOT NULL, sku TEXT NOT NULL REFERENCES products(sku),
            quantity INTEGER NOT NULL, unit_price NUMERIC NOT NULL, PRIMARY KEY (order_id, line));
        CREATE TABLE payments (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id), card_number TEXT, iban TEXT,
            ip_address TEXT, paid_at TEXT);
        CREATE TABLE products (sku TEXT PRIMARY KEY, name TEXT NOT NULL, version TEXT, price NUMERIC);
        CREATE VIEW customer_totals AS
            SELECT c.id AS customer_id, c.email, count(o.id) AS orders, sum(o.total) AS total
            FROM customers c JOIN orders o ON o.customer_id = c.id WHERE o.status = 'paid' GROUP BY c.id, c.email;
        CREATE VIEW recent_orders AS
            SELECT o.order_code, o.total, p.card_number FROM orders o JOIN payments p ON p.order_id = o.id WHERE o.created_at >= '2024-10-15';
        """;

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A Visa-like 16-digit number with a valid Luhn check digit.</summary>
    private static string CardNumber(Random random)
    {
        var digits = "4" + string.Concat(Enumerable.Range(0, 14).Select(_ => random.Next(10)));
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                d *= 2;
                d = d > 9 ? d - 9 : d;
            }

            sum += d;
        }

        var number = digits + ((10 - (sum % 10)) % 10);
        return $"{number[..4]} {number[4..8]} {number[8..12]} {number[12..]}";
    }

    /// <summary>A German IBAN with valid ISO 13616 check digits.</summary>
    private static string Iban(Random random)
    {
        var account = string.Concat(Enumerable.Range(0, 18).Select(_ => random.Next(10)));
        var remainder = BigInteger.Parse(account + "131400", CultureInfo.InvariantCulture) % 97; // "DE00" moved to the end: D=13, E=14
        return $"DE{98 - (int)remainder:00}{account}";
    }
}
