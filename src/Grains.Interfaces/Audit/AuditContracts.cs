using Orleans.Concurrency;

namespace DataSpine.Grains.Audit;

/// <summary>
/// One audit record: who (a key id or token subject, never a secret) did what to which grain state, from where,
/// what changed, and its link in the hash chain (<see cref="Hash"/> covers every other field and <see cref="PreviousHash"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.audit.AuditRecord")]
public sealed record AuditRecord(
    [property: Id(0)] long Seq,
    [property: Id(1)] string At,
    [property: Id(2)] string Actor,
    [property: Id(3)] string Action,
    [property: Id(4)] string Target,
    [property: Id(5)] string? Operation,
    [property: Id(6)] string Diff,
    [property: Id(7)] string? Client,
    [property: Id(8)] string? Correlation,
    [property: Id(9)] string Outcome,
    [property: Id(10)] string PreviousHash,
    [property: Id(11)] string Hash);

/// <summary>
/// What to append for an event that changed no state: a refused request (outcome <c>denied</c>) or a read of
/// sampled values (outcome <c>read</c>). <see cref="Diff"/> is a JSON value describing it.
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.audit.AuditEntry")]
public sealed record AuditEntry(
    [property: Id(0)] string Actor,
    [property: Id(1)] string Action,
    [property: Id(2)] string Target,
    [property: Id(3)] string? Operation,
    [property: Id(4)] string Diff,
    [property: Id(5)] string? Client,
    [property: Id(6)] string? Correlation,
    [property: Id(7)] string Outcome);

/// <summary>The outcomes a record can have.</summary>
public static class AuditOutcomes
{
    public const string Committed = "committed";
    public const string Denied = "denied";
    public const string Read = "read";
}

/// <summary>Which records to list: every filter optional; newest first, before <see cref="Before"/> (a seq) when given.</summary>
[GenerateSerializer, Immutable, Alias("ds.audit.AuditFilter")]
public sealed record AuditFilter(
    [property: Id(0)] string? Actor = null,
    [property: Id(1)] string? Target = null,
    [property: Id(2)] string? Action = null,
    [property: Id(3)] DateTimeOffset? From = null,
    [property: Id(4)] DateTimeOffset? To = null,
    [property: Id(5)] long? Before = null,
    [property: Id(6)] int Limit = 100,
    [property: Id(7)] bool Ascending = false,
    [property: Id(8)] long? After = null)
{
    public const int MaxLimit = 1_000;
}

/// <summary>A page of records; <see cref="Cursor"/> continues the listing, null at the end.</summary>
[GenerateSerializer, Immutable, Alias("ds.audit.AuditPage")]
public sealed record AuditPage([property: Id(0)] IReadOnlyList<AuditRecord> Items, [property: Id(1)] long? Cursor);

/// <summary>The chain's head: its last record's seq and hash (what an export keeps to detect truncation later).</summary>
[GenerateSerializer, Immutable, Alias("ds.audit.AuditHead")]
public sealed record AuditHead([property: Id(0)] long Seq, [property: Id(1)] string Hash, [property: Id(2)] string? At = null);

/// <summary>
/// What a verification found: <see cref="Ok"/>, how many records it checked, and the first broken link
/// (a changed record, a missing one, or a tail shorter than a checkpoint) with the reason. <see cref="PrunedThrough"/>
/// is the last record retention deleted (the chain is checked from the record after it), null when none was.
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.audit.AuditVerification")]
public sealed record AuditVerification(
    [property: Id(0)] bool Ok,
    [property: Id(1)] long Records,
    [property: Id(2)] long? FirstBrokenAt,
    [property: Id(3)] string? Reason,
    [property: Id(4)] AuditHead? Head,
    [property: Id(5)] long? PrunedThrough = null);

/// <summary>Reads and checks the audit trail, which storage appends to in the same transaction as each state write.</summary>
[Alias("ds.audit.IAuditGrain")]
public interface IAuditGrain : IGrainWithIntegerKey
{
    [ReadOnly]
    Task<AuditPage> ListAsync(AuditFilter filter);

    /// <summary>Recomputes the chain; <paramref name="expected"/> is a head exported earlier, which must still be in it.</summary>
    [ReadOnly]
    Task<AuditVerification> VerifyAsync(AuditHead? expected);

    [ReadOnly]
    Task<IReadOnlyList<AuditHead>> CheckpointsAsync();

    /// <summary>Appends a record that no state write carries (a refusal, a read of sampled values).</summary>
    Task<AuditRecord> AppendAsync(AuditEntry entry);
}
