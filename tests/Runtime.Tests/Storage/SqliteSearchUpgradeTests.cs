using DataSpine.Runtime.Search;
using DataSpine.Runtime.Storage;
using Microsoft.Data.Sqlite;

namespace DataSpine.Runtime.Tests.Storage;

/// <summary>A file whose search index predates filter words and the name index is upgraded on open.</summary>
public sealed class SqliteSearchUpgradeTests
{
    [Fact]
    public async Task an_index_written_before_filter_words_is_carried_over_and_searchable()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dataspine-old-search-{Guid.NewGuid():N}.db");
        await using (var old = new SqliteConnection($"Data Source={path}"))
        {
            await old.OpenAsync();
            await using var command = old.CreateCommand();
            command.CommandText = """
                CREATE TABLE search_keys (
                    id INTEGER PRIMARY KEY, grain_type TEXT NOT NULL, grain_key TEXT NOT NULL, type TEXT NOT NULL, source TEXT NOT NULL,
                    schema TEXT NULL, classes TEXT NOT NULL, display_name TEXT NOT NULL, display_qn TEXT NOT NULL, UNIQUE (grain_type, grain_key));
                CREATE VIRTUAL TABLE search_fts USING fts5(
                    name, qualified_name, columns, comments, classifications, terms, tokenize = 'unicode61 remove_diacritics 2');
                INSERT INTO search_keys VALUES (7, 'asset', 'src/main.customers', 'Table', 'src', 'main', 'EMAIL', 'customers', 'main.customers');
                INSERT INTO search_fts (rowid, name, qualified_name, columns, comments, classifications, terms)
                VALUES (7, 'customers', 'main customers', 'id email', '', 'email', '');
                """;
            await command.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        using var storage = new SqliteGrainStorage($"Data Source={path}");
        await storage.InitializeAsync(default);

        var byColumn = await storage.SearchAsync(new SearchQuery("email", Classification: "EMAIL", Schema: "main"), default);
        var byName = await storage.SearchAsync(new SearchQuery("cust", Type: "table"), default);

        byColumn.Hits.ShouldHaveSingleItem().Id.ShouldBe("src/main.customers");
        byColumn.Hits[0].Highlight.ShouldBe("id [[email]]");
        byName.Hits.ShouldHaveSingleItem().Score.ShouldBe(3);
    }
}
