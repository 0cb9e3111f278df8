using DataSpine.Grains.Glossary;

namespace DataSpine.Grains.Catalog.Proposals;

/// <summary>
/// Applies a proposal through the asset grain's own edits (AnnotateAsync, SetTermsAsync, as PUT .../annotation
/// and PUT /glossary/assignments do), so the audit trail, search index and term usages follow as they do for
/// a steward. Each change sets its value (it does not add to it), so applying a proposal twice leaves the same
/// state; an edit that would change nothing is not made, so a repeat leaves no audit record either. The asset,
/// its columns and the terms are checked before anything is written.
/// </summary>
internal static class MetadataProposalApplier
{
    private const int MaxTermAssignments = 1000;

    public static async Task<ProposalRefusal?> ApplyAsync(IGrainFactory grains, MetadataProposal proposal)
    {
        var asset = grains.GetGrain<IAssetGrain>(proposal.Asset);
        if (await asset.GetAsync() is not { } view)
        {
            return ProposalRefusal.Of(CatalogErrors.AssetNotFound, $"No asset '{proposal.Asset}'.");
        }

        var missingColumns = proposal.Changes.Where(c => c.Column is not null && view.Columns.All(v => v.Name != c.Column))
            .Select(c => $"The asset has no column '{c.Column}'.").Distinct().ToList();
        if (missingColumns.Count > 0)
        {
            return new ProposalRefusal(CatalogErrors.ColumnNotFound, missingColumns);
        }

        var termChanges = proposal.Changes.Where(c => c.Terms is not null).ToList();
        var ids = termChanges.SelectMany(c => c.Terms!).Distinct(StringComparer.Ordinal).ToList();
        var terms = await Task.WhenAll(ids.Select(id => grains.GetGrain<IGlossaryTermGrain>(id).GetAsync()));
        var missingTerms = ids.Where((_, i) => terms[i] is null).Select(id => $"No glossary term '{id}'.").ToList();
        if (missingTerms.Count > 0)
        {
            return new ProposalRefusal(GlossaryErrors.TermNotFound, missingTerms);
        }

        if (termChanges.Count > 0 && TermsAfter(view, termChanges) is var wanted && !Same(wanted, view))
        {
            if (wanted.Terms.Count + wanted.Columns.Values.Sum(c => c.Count) > MaxTermAssignments)
            {
                return ProposalRefusal.Of(CatalogErrors.InvalidTerms, $"At most {MaxTermAssignments} term assignments per asset.");
            }

            var set = await asset.SetTermsAsync(wanted);
            if (!set.Succeeded)
            {
                return ProposalRefusal.Of(set.ErrorCode!, set.Error ?? set.ErrorCode!);
            }

            view = set.Value!;
        }

        foreach (var target in proposal.Changes.Where(c => c.Terms is null).GroupBy(c => c.Column))
        {
            var annotation = AnnotationAfter(view, target.Key, target);
            if (Same(annotation, view))
            {
                continue;
            }

            var annotated = await asset.AnnotateAsync(annotation);
            if (!annotated.Succeeded)
            {
                return ProposalRefusal.Of(annotated.ErrorCode!, annotated.Error ?? annotated.ErrorCode!);
            }

            view = annotated.Value!;
        }

        return null;
    }

    private static bool Same(AssetTerms wanted, AssetView view)
    {
        var current = TermsAfter(view, []);
        return Ids(wanted.Terms).SequenceEqual(Ids(current.Terms))
            && wanted.Columns.Where(c => c.Value.Count > 0).OrderBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => (c.Key, string.Join('\n', Ids(c.Value))))
                .SequenceEqual(current.Columns.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, string.Join('\n', Ids(c.Value)))));

        static List<string> Ids(IEnumerable<string> ids) => [.. ids.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Whether the asset grain would store what it stores now (it trims the description and owner names, and drops repeated owners).</summary>
    private static bool Same(AssetAnnotation wanted, AssetView view)
    {
        var column = wanted.Column is null ? null : view.Columns.Single(c => c.Name == wanted.Column);
        var description = wanted.Column is null ? view.Description : column!.Description;
        var owners = (wanted.Column is null ? view.Owners : column!.Owners) ?? [];
        var wantedDescription = string.IsNullOrWhiteSpace(wanted.Description) ? null : wanted.Description.Trim();
        return wantedDescription == description && wanted.Owners.Select(o => o with { Name = o.Name.Trim() }).Distinct().SequenceEqual(owners);
    }

    /// <summary>The asset's and columns' terms as they are, with the proposed lists in place of theirs (the last one per target wins).</summary>
    private static AssetTerms TermsAfter(AssetView view, IEnumerable<ProposedChange> changes)
    {
        var asset = (view.Terms ?? []).Select(t => t.Id).ToList();
        var columns = view.Columns.Where(c => c.Terms is { Count: > 0 })
            .ToDictionary(c => c.Name, c => (IReadOnlyList<string>)[.. c.Terms!.Select(t => t.Id)]);
        foreach (var change in changes)
        {
            if (change.Column is null)
            {
                asset = [.. change.Terms!];
            }
            else
            {
                columns[change.Column] = change.Terms!;
            }
        }

        return new AssetTerms(asset, columns);
    }

    /// <summary>The target's description and owners as they are, with the proposed ones in place (a description alone keeps the owners).</summary>
    private static AssetAnnotation AnnotationAfter(AssetView view, string? column, IEnumerable<ProposedChange> changes)
    {
        var current = column is null ? null : view.Columns.Single(c => c.Name == column);
        var description = column is null ? view.Description : current!.Description;
        var owners = (column is null ? view.Owners : current!.Owners) ?? [];
        foreach (var change in changes)
        {
            if (change.Owners is not null)
            {
                owners = change.Owners;
            }
            else
            {
                description = change.Text;
            }
        }

        return new AssetAnnotation(column, description, owners);
    }
}
