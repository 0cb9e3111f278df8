using System.Globalization;
using System.Text.Json;

namespace DataSpine.Grains.Audit;

/// <summary>
/// Retention (<c>Audit:RetainDays</c>): records older than the cut-off are deleted from the start of the chain, and the
/// last deleted record's seq and hash are kept in audit_anchor. Verify starts from the newest anchor instead of the
/// genesis hash, so the first kept record must still link to it: removing, editing or re-anchoring a kept record is
/// caught as before. The head record is never pruned, so the chain goes on from it. The prune is itself a record.
/// </summary>
public abstract partial class AuditTrail
{
    /// <summary>Deletes the records written before <paramref name="cutoff"/> (never the head); null when nothing was old enough.</summary>
    public async Task<AuditHead?> PruneAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await InitializeAsync(connection, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockChainAsync(connection, transaction, cancellationToken);
        AuditHead? anchor;
        await using (var last = Command(connection, transaction,
            "SELECT seq, hash, at FROM audit_log WHERE at < @cutoff AND seq < (SELECT MAX(seq) FROM audit_log) ORDER BY seq DESC LIMIT 1",
            ("cutoff", cutoff.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture))))
        await using (var reader = await last.ExecuteReaderAsync(cancellationToken))
        {
            anchor = await reader.ReadAsync(cancellationToken) ? new AuditHead(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)) : null;
        }

        if (anchor is null)
        {
            return null;
        }

        await ExecuteAsync(connection, transaction, "INSERT INTO audit_anchor (seq, hash, at, pruned_at) VALUES (@seq, @hash, @at, @pruned)", cancellationToken,
            ("seq", anchor.Seq), ("hash", anchor.Hash), ("at", anchor.At), ("pruned", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
        await ExecuteAsync(connection, transaction, "DELETE FROM audit_log WHERE seq <= @seq", cancellationToken, ("seq", anchor.Seq));
        await AppendAsync(connection, transaction, new AuditEntry(AuditContext.SystemActor, "audit.pruned", "audit", null,
            JsonSerializer.Serialize(new { through = anchor.Seq, hash = anchor.Hash, before = anchor.At }), null, null, AuditOutcomes.Committed), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return anchor;
    }

    /// <summary>The last record pruned, whose hash the first kept record links to; null when nothing was pruned.</summary>
    public async Task<AuditHead?> AnchorAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await InitializeAsync(connection, cancellationToken);
        await using var command = Command(connection, null, "SELECT seq, hash, at FROM audit_anchor ORDER BY seq DESC LIMIT 1");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new AuditHead(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)) : null;
    }
}
