using Orleans.Concurrency;

namespace DataSpine.Grains.Audit;

/// <summary>Answers audit reads on a silo, where the trail's database is (API-only nodes have none).</summary>
[StatelessWorker]
internal sealed class AuditGrain(AuditTrail trail) : Grain, IAuditGrain
{
    public Task<AuditPage> ListAsync(AuditFilter filter) => trail.ListAsync(filter, CancellationToken.None);

    public Task<AuditVerification> VerifyAsync(AuditHead? expected) => trail.VerifyAsync(expected, CancellationToken.None);

    public Task<IReadOnlyList<AuditHead>> CheckpointsAsync() => trail.CheckpointsAsync(CancellationToken.None);

    public Task<AuditRecord> AppendAsync(AuditEntry entry) => trail.AppendAsync(entry, CancellationToken.None);
}
