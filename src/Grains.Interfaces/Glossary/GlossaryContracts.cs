using DataSpine.Grains.Catalog;
using Orleans.Concurrency;

namespace DataSpine.Grains.Glossary;

/// <summary>What a user writes about a business term: its name (unique), definition and synonyms.</summary>
[GenerateSerializer, Immutable, Alias("ds.glossary.TermDefinition")]
public sealed record TermDefinition(string Name, string Definition, IReadOnlyList<string> Synonyms, string? Owner);

/// <summary>
/// A term as the API shows it, with the assets (and columns, as "assetId#column") that carry it. Name,
/// definition and synonyms are those of the revision in force; <see cref="Pending"/> is a change under review.
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.glossary.TermView")]
public sealed record TermView(
    string Id,
    string Name,
    string Definition,
    IReadOnlyList<string> Synonyms,
    string? Owner,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<string> UsedBy,
    TermStatus Status = TermStatus.Approved,
    int Revision = 1,
    string? ApprovedBy = null,
    DateTimeOffset? ApprovedAt = null,
    TermRevision? Pending = null);

/// <summary>An entry of the glossary's list.</summary>
[GenerateSerializer, Immutable, Alias("ds.glossary.TermEntry")]
public sealed record TermEntry(string Id, string Name, TermStatus Status = TermStatus.Approved);

public static class GlossaryErrors
{
    public const string InvalidTerm = "invalid_term";
    public const string TermNameTaken = "term_name_taken";
    public const string TermNotFound = "term_not_found";
    public const string InvalidTermStatus = "invalid_term_status";
    public const string TermNotApproved = "term_not_approved";
}

/// <summary>One glossary term, keyed by its id.</summary>
[Alias("ds.glossary.IGlossaryTermGrain")]
public interface IGlossaryTermGrain : IGrainWithStringKey
{
    /// <summary>Defines a new term, as a draft or (by a steward who approves it) approved; null: the node's default.</summary>
    Task<SourceResult<TermView>> CreateAsync(TermDefinition definition, TermStatus? status);

    /// <summary>Changes a draft in place; a change to an approved term becomes a revision in review, the approved one staying in force.</summary>
    Task<SourceResult<TermView>> SaveAsync(TermDefinition definition);

    /// <summary>Sends a draft to review.</summary>
    Task<SourceResult<TermView>> SubmitAsync();

    /// <summary>Approves the term or its revision in review, recording the approver.</summary>
    Task<SourceResult<TermView>> ApproveAsync();

    /// <summary>Sends a term in review back to draft, or drops a revision in review; needs a reason.</summary>
    Task<SourceResult<TermView>> RejectAsync(string reason);

    /// <summary>Retires an approved term, with a reason: it can no longer be assigned; where it is assigned it stays.</summary>
    Task<SourceResult<TermView>> DeprecateAsync(string reason);

    [ReadOnly]
    Task<IReadOnlyList<TermHistoryEntry>?> GetHistoryAsync();

    [ReadOnly]
    Task<TermView?> GetAsync();

    /// <summary>Deletes the term; assets keep no dangling reference because they are told first.</summary>
    Task<bool> DeleteAsync();

    /// <summary>Records that a target ("assetId" or "assetId#column") carries the term, or no longer does.</summary>
    Task SetUsageAsync(string target, bool used);
}

/// <summary>All terms by name (one grain, key "all"); names are unique, case-insensitively.</summary>
[Alias("ds.glossary.IGlossaryGrain")]
public interface IGlossaryGrain : IGrainWithStringKey
{
    Task<bool> ClaimAsync(TermEntry entry);

    Task ReleaseAsync(string id);

    [ReadOnly]
    Task<IReadOnlyList<TermEntry>> ListAsync();
}
