using System.Data.Common;
using System.Text.Json;
using DataSpine.Grains.Catalog.Assets;
using DataSpine.Grains.Glossary;
using DataSpine.Hosting.Storage;

namespace DataSpine.Grains.Catalog.Search;

/// <summary>
/// Upgrades by rewriting documents from their grains' states: what a new index column holds (the glossary
/// terms an asset carries, by id) may exist only in the state, so an index written before it is filled from
/// there once, at start, instead of showing empty facets until each asset happens to be written again.
/// </summary>
public abstract partial class SearchIndex
{
    private const int RewriteBatch = 500;

    /// <summary>The states that have search documents, by state name.</summary>
    private static readonly Dictionary<string, Type> IndexedStates = new(StringComparer.Ordinal)
    {
        ["asset"] = typeof(AssetState),
        ["term"] = typeof(GlossaryTermState),
    };

    /// <summary>The states of the grains whose documents the index marks as stale, a batch of them per call.</summary>
    protected static string StaleStatesSql(string staleKeys) => $"""
        SELECT s.grain_type, s.grain_key, g.state_name, g.payload
        FROM ({staleKeys} LIMIT {RewriteBatch}) s
        LEFT JOIN grain_state g ON g.grain_type = s.grain_type AND g.grain_key = s.grain_key AND g.payload IS NOT NULL
            AND g.state_name IN ({string.Join(", ", IndexedStates.Keys.Select(k => $"'{k}'"))})
        """;

    /// <summary>Writes every stale document again from its state (a document whose state is gone is dropped); answers how many.</summary>
    protected async Task<int> RewriteStaleDocumentsAsync(DbConnection connection, DbTransaction transaction, string staleKeys, CancellationToken cancellationToken)
    {
        var rewritten = 0;
        while (true)
        {
            var batch = await ReadStaleStatesAsync(connection, transaction, staleKeys, cancellationToken);
            if (batch.Count == 0)
            {
                return rewritten;
            }

            foreach (var (key, document) in batch)
            {
                await (document is null
                    ? DeleteDocumentAsync(connection, transaction, key, cancellationToken)
                    : UpsertDocumentAsync(connection, transaction, key, document, cancellationToken));
            }

            rewritten += batch.Count;
        }
    }

    private static async Task<List<(StateRowKey Key, SearchDocument? Document)>> ReadStaleStatesAsync(
        DbConnection connection, DbTransaction transaction, string staleKeys, CancellationToken cancellationToken)
    {
        var documents = new Dictionary<(string, string), (StateRowKey Key, SearchDocument? Document)>();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = StaleStatesSql(staleKeys);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var (type, key) = (reader.GetString(0), reader.GetString(1));
            var stateName = reader.IsDBNull(2) ? "" : reader.GetString(2);
            var document = reader.IsDBNull(3) ? null : DocumentOf(stateName, reader.GetString(3));
            if (!documents.TryGetValue((type, key), out var found) || found.Document is null)
            {
                documents[(type, key)] = (new StateRowKey(type, key, stateName), document);
            }
        }

        return [.. documents.Values];
    }

    private static SearchDocument? DocumentOf(string stateName, string payload)
    {
        try
        {
            return (GrainStateJson.Deserialize(payload, IndexedStates[stateName]) as IIndexedState)?.ToSearchDocument();
        }
        catch (JsonException)
        {
            return null; // a state its grain cannot read either: not searchable, as a deleted asset
        }
    }
}
