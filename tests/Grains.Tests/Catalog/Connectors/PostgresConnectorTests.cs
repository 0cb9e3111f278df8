using DataSpine.Grains.Catalog;
using DataSpine.Grains.Catalog.Connectors;

namespace DataSpine.Grains.Tests.Catalog.Connectors;

public sealed class PostgresConnectorTests
{
    private static readonly string[] s_shop =
    [
        "CREATE SCHEMA sales",
        "CREATE SCHEMA hr",
        """
        CREATE TABLE sales.customers (
            id bigint PRIMARY KEY, email text NOT NULL, full_name varchar(200), zip_code char(5) DEFAULT '00000',
            created_at timestamptz NOT NULL DEFAULT now(), tags text[], profile jsonb)
        """,
        "COMMENT ON TABLE sales.customers IS 'People who bought something'",
        "COMMENT ON COLUMN sales.customers.email IS 'Primary contact address'",
        """
        CREATE TABLE sales.orders (
            id bigint, line int, customer_id bigint NOT NULL REFERENCES sales.customers(id), total numeric(12,2),
            PRIMARY KEY (id, line))
        """,
        "CREATE TABLE sales.\"Odd Name\" (\"Mixed Case\" int)",
        "CREATE VIEW sales.big_orders AS SELECT o.id, c.email FROM sales.orders o JOIN sales.customers c ON c.id = o.customer_id WHERE o.total > 100",
        "CREATE MATERIALIZED VIEW sales.order_totals AS SELECT customer_id, sum(total) AS total FROM sales.orders GROUP BY customer_id",
        "CREATE TABLE sales.events (id bigint, at date NOT NULL) PARTITION BY RANGE (at)",
        "CREATE TABLE sales.events_2024 PARTITION OF sales.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
        "CREATE TABLE hr.salaries (employee text, amount numeric)",
        """
        INSERT INTO sales.customers (id, email, full_name, zip_code, tags, profile) VALUES
            (1, 'ann@example.com', 'Ann Lee', '02134', '{a}', '{"x":1}'),
            (2, 'bo@example.org', NULL, '10001', NULL, NULL),
            (3, 'cy@example.net', 'Cy Young', '10001', NULL, NULL)
        """,
    ];

    [Fact]
    public async Task harvest_reads_tables_views_partitions_keys_comments_and_definitions()
    {
        await using var connector = new PostgresConnector(await TestPostgres.CreateDatabaseAsync(s_shop));

        var assets = await connector.HarvestAsync(ScanScope.Everything, default);

        assets.Select(a => $"{a.QualifiedName}:{a.Type}").ShouldBe(
        [
            "hr.salaries:Table", "sales.Odd Name:Table", "sales.big_orders:View", "sales.customers:Table",
            "sales.events:PartitionedTable", "sales.order_totals:MaterializedView", "sales.orders:Table",
        ], ignoreOrder: true);
        var customers = assets.Single(a => a.QualifiedName == "sales.customers");
        customers.Comment.ShouldBe("People who bought something");
        customers.Columns.Select(c => $"{c.Name}:{c.DataType}:{c.Nullable}").ShouldBe(
        [
            "id:bigint:False", "email:text:False", "full_name:character varying(200):True", "zip_code:character(5):True",
            "created_at:timestamp with time zone:False", "tags:text[]:True", "profile:jsonb:True",
        ]);
        customers.Columns.Single(c => c.Name == "email").Comment.ShouldBe("Primary contact address");
        customers.Columns.Single(c => c.Name == "created_at").Default.ShouldBe("now()");
        customers.PrimaryKey.ShouldBe(["id"]);
        var orders = assets.Single(a => a.QualifiedName == "sales.orders");
        orders.PrimaryKey.ShouldBe(["id", "line"]);
        var foreignKey = orders.ForeignKeys.ShouldHaveSingleItem();
        foreignKey.ReferencedAsset.ShouldBe("sales.customers");
        foreignKey.Columns.ShouldBe(["customer_id"]);
        foreignKey.ReferencedColumns.ShouldBe(["id"]);
        assets.Single(a => a.QualifiedName == "sales.big_orders").Definition!.ShouldContain("JOIN sales.customers");
        assets.Single(a => a.QualifiedName == "sales.order_totals").Definition!.ShouldContain("GROUP BY");
        assets.Single(a => a.QualifiedName == "sales.Odd Name").Columns.ShouldHaveSingleItem().Name.ShouldBe("Mixed Case");
    }

    [Fact]
    public async Task include_and_exclude_schemas_narrow_the_harvest()
    {
        await using var connector = new PostgresConnector(await TestPostgres.CreateDatabaseAsync(s_shop));

        var onlyHr = await connector.HarvestAsync(new ScanScope(["hr"], []), default);
        var notHr = await connector.HarvestAsync(new ScanScope([], ["hr"]), default);

        onlyHr.Select(a => a.QualifiedName).ShouldBe(["hr.salaries"]);
        notHr.ShouldNotContain(a => a.Schema == "hr");
        notHr.Count.ShouldBe(6);
    }

    [Fact]
    public async Task profile_computes_statistics_with_quoted_identifiers_and_skips_unorderable_min_max()
    {
        await using var connector = new PostgresConnector(await TestPostgres.CreateDatabaseAsync(s_shop));
        var assets = await connector.HarvestAsync(ScanScope.Everything, default);

        var profile = await connector.ProfileAsync(assets.Single(a => a.Name == "customers"), ScanScope.Everything with { SamplingAllowed = true }, default);
        var odd = await connector.ProfileAsync(assets.Single(a => a.Name == "Odd Name"), ScanScope.Everything, default);

        profile.RowCount.ShouldBe(3);
        var zip = profile.Columns.Single(c => c.Column == "zip_code");
        zip.DistinctEstimate.ShouldBe(2);
        zip.Min.ShouldBe("02134");
        profile.Columns.Single(c => c.Column == "full_name").NullFraction.ShouldBe(0.3333);
        profile.Columns.Single(c => c.Column == "profile").Min.ShouldBeNull();
        profile.Columns.Single(c => c.Column == "tags").Max.ShouldBeNull();
        profile.SampleValues["email"].Count.ShouldBe(3);
        odd.RowCount.ShouldBe(0);
    }

    [Fact]
    public async Task an_unreachable_server_fails_fast_with_a_clear_reason()
    {
        await using var connector = new PostgresConnector("Host=127.0.0.1;Port=1;Username=nobody;Timeout=3");
        var error = await Should.ThrowAsync<SourceAccessException>(() => connector.HarvestAsync(ScanScope.Everything, default));
        error.Code.ShouldBe(SourceAccessException.Unreachable);
        error.Message.ShouldContain("Cannot connect to PostgreSQL");
    }

    [Fact]
    public void a_malformed_connection_string_is_refused_up_front()
    {
        var error = Should.Throw<SourceAccessException>(() => new PostgresConnector("Host=x;NoSuchKeyword=1"));
        error.Code.ShouldBe(SourceAccessException.Unreadable);
    }
}
