using System.Data.Common;
using DataSpine.Hosting.Storage;

namespace DataSpine.Grains.Catalog.Search;

/// <summary>The storage engine's own full-text index (SQLite FTS5, PostgreSQL tsvector).</summary>
public interface ISearchIndex
{
    Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken);
}

/// <summary>
/// A full-text index kept in the grain-state database and written in the same transaction as the state of
/// every grain whose state has a search document (<see cref="IIndexedState"/>), so search never drifts
/// from the catalog.
/// </summary>
public abstract partial class SearchIndex : ISearchIndex, IStateWriteHook
{
    public abstract Task InitializeAsync(DbConnection connection, CancellationToken cancellationToken);

    public abstract Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken);

    public Task OnStateWrittenAsync(DbConnection connection, DbTransaction transaction, StateWrite write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (!typeof(IIndexedState).IsAssignableFrom(write.StateType))
        {
            return Task.CompletedTask;
        }

        return (write.State as IIndexedState)?.ToSearchDocument() is { } document
            ? UpsertDocumentAsync(connection, transaction, write.Key, document, cancellationToken)
            : DeleteDocumentAsync(connection, transaction, write.Key, cancellationToken);
    }

    protected abstract Task UpsertDocumentAsync(DbConnection connection, DbTransaction transaction, StateRowKey key, SearchDocument document, CancellationToken cancellationToken);

    protected abstract Task DeleteDocumentAsync(DbConnection connection, DbTransaction transaction, StateRowKey key, CancellationToken cancellationToken);

    protected static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
