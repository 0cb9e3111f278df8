namespace DataSpine.Grains.Catalog.Search;

/// <summary>
/// What the full-text index holds for one grain: written by storage in the same transaction as the
/// grain's state, so search never drifts from the catalog. Text fields are matched; the rest filter.
/// <see cref="Terms"/> are words to match (a term's name and synonyms, the names of an asset's terms);
/// <see cref="AssignedTerms"/> are the glossary terms an asset or its columns carry, to filter and count by.
/// </summary>
public sealed record SearchDocument(
    string Name,
    string QualifiedName,
    string Type,
    string Source,
    string? Schema,
    IReadOnlyList<string> Columns,
    string? Comments,
    IReadOnlyList<string> Classifications,
    IReadOnlyList<string> Terms,
    IReadOnlyList<TermRef> AssignedTerms);

/// <summary>A state that has a search document; null means "not searchable now" (for example deleted).</summary>
public interface IIndexedState
{
    SearchDocument? ToSearchDocument();
}
