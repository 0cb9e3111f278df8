namespace DataSpine.Grains.Catalog.Search;

/// <summary>
/// search_documents is split by a hash of the key into <see cref="Count"/> partitions, each with its own GIN
/// indexes. A search reads at most a window of matches (<see cref="SearchWindow"/>), and a LIMIT over a
/// partitioned table reads the partitions in turn and stops when it has enough: a broad word's matches then
/// come from the first partition's index alone. A GIN read builds the bitmap of all its matches before it returns
/// the first, so on one table a common word paid for every match (on the benchmark's 100,000 assets, the name
/// read of "customer" took 4.2 ms and body 'sales' &amp; 'customer' 8.5 ms; with 8 partitions 2.2 and 4.4 ms). The
/// price: a rare word asks every partition's index, and planning a read of 8 partitions costs more than running it,
/// which is why search plans are made once per connection (<see cref="PostgresSearchConnections"/>).
/// </summary>
internal static class PostgresSearchPartitions
{
    public const int Count = 8;

    /// <summary>Moves a table written before partitions aside, before the partitioned table is created in its place.</summary>
    public const string MoveUnpartitionedAside = """
        DO $$ BEGIN
            IF (SELECT relkind FROM pg_class WHERE oid = to_regclass('search_documents')) = 'r' THEN
                ALTER TABLE search_documents RENAME TO search_documents_unpartitioned;
                ALTER INDEX search_documents_pkey RENAME TO search_documents_unpartitioned_pkey;
                DROP INDEX IF EXISTS search_documents_body, search_documents_names, search_documents_name, search_documents_qualified_name;
            END IF;
        END $$;
        """;

    /// <summary>Creates the partitions, and copies in the rows of a table moved aside (and its comment, which marks upgrades done).</summary>
    public static readonly string CreateAndFill = $$"""
        DO $$ BEGIN
            FOR i IN 0..{{Count - 1}} LOOP
                EXECUTE format('CREATE TABLE IF NOT EXISTS search_documents_%s PARTITION OF search_documents FOR VALUES WITH (MODULUS {{Count}}, REMAINDER %s)', i, i);
            END LOOP;
            IF to_regclass('search_documents_unpartitioned') IS NOT NULL THEN
                INSERT INTO search_documents (grain_type, grain_key, type, source, schema, classes, display_name, display_qn, name_words, column_words, body, name_vector)
                SELECT grain_type, grain_key, type, source, schema, classes, display_name, display_qn, name_words, column_words, body, name_vector
                FROM search_documents_unpartitioned;
                EXECUTE format('COMMENT ON TABLE search_documents IS %L', obj_description('search_documents_unpartitioned'::regclass, 'pg_class'));
                DROP TABLE search_documents_unpartitioned;
            END IF;
        END $$;
        """;
}
