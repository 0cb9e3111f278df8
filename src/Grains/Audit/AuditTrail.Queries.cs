using System.Globalization;
using System.Text;

namespace DataSpine.Grains.Audit;

public abstract partial class AuditTrail
{
    public async Task<AuditPage> ListAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var limit = Math.Clamp(filter.Limit, 1, AuditFilter.MaxLimit);
        var where = new StringBuilder("WHERE 1 = 1");
        var parameters = new List<(string, object?)>();
        void Filter(string clause, string name, object? value)
        {
            if (value is not null)
            {
                where.Append(" AND ").Append(clause);
                parameters.Add((name, value));
            }
        }

        Filter("actor = @actor", "actor", filter.Actor);
        Filter("target LIKE @target ESCAPE '\\'", "target", filter.Target is null ? null : EscapeLike(filter.Target) + "%");
        Filter("action = @action", "action", filter.Action);
        Filter("at >= @from", "from", filter.From?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        Filter("at <= @to", "to", filter.To?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        Filter("seq < @before", "before", filter.Before);
        Filter("seq > @after", "after", filter.After);
        parameters.Add(("limit", limit + 1));
        var order = filter.Ascending ? "ASC" : "DESC";
        var sql = $"SELECT {Columns} FROM audit_log {where} ORDER BY seq {order} LIMIT @limit";

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, sql, [.. parameters]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<AuditRecord>(limit);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(ReadRecord(reader));
        }

        var more = items.Count > limit;
        if (more)
        {
            items.RemoveAt(items.Count - 1);
        }

        return new AuditPage(items, more ? items[^1].Seq : null);
    }

    public async Task<IReadOnlyList<AuditHead>> CheckpointsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT seq, hash, at FROM audit_checkpoint ORDER BY seq");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var heads = new List<AuditHead>();
        while (await reader.ReadAsync(cancellationToken))
        {
            heads.Add(new AuditHead(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        }

        return heads;
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
