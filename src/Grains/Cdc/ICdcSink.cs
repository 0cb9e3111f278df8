using NpgsqlTypes;

namespace DataSpine.Grains.Cdc;

/// <summary>
/// Where a route writes. A sink commits the changes of one source transaction together with the route's checkpoint
/// (the LSN applied last), so that a restart resumes after exactly what it holds; a change it refuses goes to its dead letters.
/// </summary>
internal interface ICdcSink : IAsyncDisposable
{
    /// <summary>Creates what the sink needs before the first change (bookkeeping, missing tables).</summary>
    Task EnsureTablesAsync(IEnumerable<CdcTable> tables, CancellationToken cancellationToken);

    /// <summary>The last committed checkpoint of the route, or null before its snapshot began.</summary>
    Task<SinkCheckpoint?> ReadCheckpointAsync(CancellationToken cancellationToken);

    Task BeginAsync(CancellationToken cancellationToken);

    /// <summary>Called in the snapshot's transaction before the table's rows: the snapshot of <paramref name="table"/> starts from nothing.</summary>
    Task StartSnapshotAsync(CdcTable table, CancellationToken cancellationToken);

    Task ApplyAsync(SinkChange change, NpgsqlLogSequenceNumber lsn, CancellationToken cancellationToken);

    /// <summary>Commits the open transaction with <paramref name="lsn"/> as the checkpoint: changes applied and refused.</summary>
    Task<(long Applied, long Refused)> CommitAsync(NpgsqlLogSequenceNumber lsn, bool snapshotDone, CancellationToken cancellationToken);

    Task<IReadOnlyList<CdcDeadLetter>> ListDeadLettersAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Applies each dead letter again: applied ones leave the queue, refused ones stay with the newest error.</summary>
    Task<CdcReplay> ReplayAsync(IReadOnlyList<CdcTable> tables, CancellationToken cancellationToken);
}

/// <summary>Opens the sink a route's plan names.</summary>
internal static class CdcSinks
{
    public const string Postgres = "postgres";
    public const string Kafka = "kafka";

    /// <summary>The reader's sink (<paramref name="reader"/>) may take over the route's exclusive hold on the sink; any other use must not.</summary>
    public static async Task<ICdcSink> OpenAsync(CdcPlan plan, bool reader, CancellationToken cancellationToken) => plan.SinkType == Kafka
        ? KafkaSink.Open(plan, reader)
        : await PostgresSink.OpenAsync(plan.SinkConnection, plan.RouteId, cancellationToken);
}
