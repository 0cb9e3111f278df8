using DataSpine.Grains.Catalog;
using Orleans.Concurrency;

namespace DataSpine.Grains.Glossary;

/// <summary>What a user writes about a business term: its name (unique), definition and synonyms.</summary>
[GenerateSerializer, Immutable, Alias("ds.glossary.TermDefinition")]
public sealed record TermDefinition(string Name, string Definition, IReadOnlyList<string> Synonyms, string? Owner);

/// <summary>A term as the API shows it, with the assets (and columns, as "assetId#column") that carry it.</summary>
[GenerateSerializer, Immutable, Alias("ds.glossary.TermView")]
public sealed record TermView(
    string Id,
    string Name,
    string Definition,
    IReadOnlyList<string> Synonyms,
    string? Owner,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<string> UsedBy);

/// <summary>An entry of the glossary's list.</summary>
[GenerateSerializer, Immutable, Alias("ds.glossary.TermEntry")]
public sealed record TermEntry(string Id, string Name);

public static class GlossaryErrors
{
    public const string InvalidTerm = "invalid_term";
    public const string TermNameTaken = "term_name_taken";
    public const string TermNotFound = "term_not_found";
}

/// <summary>One glossary term, keyed by its id.</summary>
[Alias("ds.glossary.IGlossaryTermGrain")]
public interface IGlossaryTermGrain : IGrainWithStringKey
{
    Task<SourceResult<TermView>> SaveAsync(TermDefinition definition);

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
