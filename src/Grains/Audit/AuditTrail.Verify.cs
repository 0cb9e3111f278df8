using System.Globalization;

namespace DataSpine.Grains.Audit;

public abstract partial class AuditTrail
{
    private const int VerifyBatch = 2_000;

    /// <summary>
    /// Walks the chain from its first record (after the newest retention anchor, when records were pruned: the first
    /// kept record must link to it): each seq follows the last, each record's previous hash is the
    /// last record's hash, and each hash is what the record's fields give. Then every checkpoint (and an
    /// exported head, when given) must name a record still in the chain with the same hash.
    /// </summary>
    public async Task<AuditVerification> VerifyAsync(AuditHead? expected, CancellationToken cancellationToken)
    {
        var checkpoints = await CheckpointsAsync(cancellationToken);
        var known = checkpoints.ToDictionary(c => c.Seq, c => c.Hash);
        long records = 0;
        var anchor = await AnchorAsync(cancellationToken);
        var head = anchor;
        while (true)
        {
            var page = await ListAsync(new AuditFilter(Ascending: true, After: head?.Seq, Limit: VerifyBatch), cancellationToken);
            foreach (var record in page.Items)
            {
                if (Broken(record, head, known) is { } reason)
                {
                    return new AuditVerification(false, records, (head?.Seq ?? 0) + 1, reason, head, anchor?.Seq);
                }

                records++;
                head = new AuditHead(record.Seq, record.Hash, record.At);
            }

            if (page.Cursor is null)
            {
                break;
            }
        }

        var last = head?.Seq ?? 0;
        foreach (var mark in checkpoints.Append(expected).OfType<AuditHead>().Where(c => c.Seq > last))
        {
            return new AuditVerification(false, records, last + 1,
                string.Create(CultureInfo.InvariantCulture, $"the chain ends at record {last}, but a checkpoint or exported head names record {mark.Seq}: records were cut off the tail"), head, anchor?.Seq);
        }

        if (expected is not null && expected.Seq > 0 && !await HasAsync(expected, cancellationToken))
        {
            return new AuditVerification(false, records, expected.Seq,
                string.Create(CultureInfo.InvariantCulture, $"record {expected.Seq} does not have the exported head's hash"), head, anchor?.Seq);
        }

        return new AuditVerification(true, records, null, null, head, anchor?.Seq);
    }

    private static string? Broken(AuditRecord record, AuditHead? previous, Dictionary<long, string> checkpoints)
    {
        var expectedSeq = (previous?.Seq ?? 0) + 1;
        if (record.Seq != expectedSeq)
        {
            return string.Create(CultureInfo.InvariantCulture, $"record {expectedSeq} is missing (the next record is {record.Seq})");
        }

        if (record.PreviousHash != (previous?.Hash ?? AuditChain.Genesis))
        {
            return string.Create(CultureInfo.InvariantCulture, $"record {record.Seq} does not link to the record before it (previous hash differs)");
        }

        if (AuditChain.HashOf(record) != record.Hash)
        {
            return string.Create(CultureInfo.InvariantCulture, $"record {record.Seq} was changed after it was written (its hash does not match its fields)");
        }

        return checkpoints.TryGetValue(record.Seq, out var checkpoint) && checkpoint != record.Hash
            ? string.Create(CultureInfo.InvariantCulture, $"record {record.Seq} differs from its checkpoint: the chain was rewritten from here or earlier")
            : null;
    }

    private async Task<bool> HasAsync(AuditHead head, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT COUNT(*) FROM audit_log WHERE seq = @seq AND hash = @hash", ("seq", head.Seq), ("hash", head.Hash));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 1;
    }
}
