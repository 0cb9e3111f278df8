using DataSpine.Grains.Glossary;

namespace DataSpine.Grains.Catalog.Assets;

/// <summary>
/// Glossary terms on the asset and its columns. Term names are kept with the ids so search finds the
/// asset by them; each term knows where it is used, so a rename or delete reaches every asset.
/// </summary>
internal sealed partial class AssetGrain
{
    private const string AssetLevel = "";

    public async Task<SourceResult<AssetView>> SetTermsAsync(AssetTerms terms)
    {
        if (!State.Exists || State.Harvest is not { } harvest)
        {
            return SourceResult.Fail<AssetView>(CatalogErrors.AssetNotFound, $"No asset '{this.GetPrimaryKeyString()}'.");
        }

        var unknownColumn = terms.Columns.Keys.FirstOrDefault(c => harvest.Columns.All(h => h.Name != c));
        if (unknownColumn is not null)
        {
            return SourceResult.Fail<AssetView>(CatalogErrors.InvalidTerms, $"The asset has no column '{unknownColumn}'.");
        }

        var wanted = terms.Columns.Where(c => c.Value.Count > 0).ToDictionary(c => c.Key, c => c.Value);
        wanted[AssetLevel] = terms.Terms;
        var ids = wanted.Values.SelectMany(t => t).Distinct(StringComparer.Ordinal).ToList();
        var views = await Task.WhenAll(ids.Select(id => GrainFactory.GetGrain<IGlossaryTermGrain>(id).GetAsync()));
        var missing = ids.Where((_, i) => views[i] is null).ToList();
        if (missing.Count > 0)
        {
            return SourceResult.Fail<AssetView>(GlossaryErrors.TermNotFound, $"No glossary term {string.Join(", ", missing.Select(m => $"'{m}'"))}.");
        }

        // Terms already on the asset stay when they are deprecated or revised; only new assignments need approval.
        var carried = State.Terms.Values.SelectMany(t => t).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var unapproved = views.OfType<TermView>().Where(v => v.Status != TermStatus.Approved && !carried.Contains(v.Id)).ToList();
        if (glossaryOptions.RequireApprovedTerms && unapproved.Count > 0)
        {
            return SourceResult.Fail<AssetView>(GlossaryErrors.TermNotApproved,
                $"Only approved terms can be assigned: {string.Join(", ", unapproved.Select(v => $"'{v.Name}' is {v.Status}"))}.");
        }

        var names = views.OfType<TermView>().ToDictionary(v => v.Id, v => v.Name, StringComparer.Ordinal);
        var before = Usages(State.Terms);
        State.Terms = wanted.Where(w => w.Value.Count > 0)
            .ToDictionary(w => w.Key, w => w.Value.Distinct(StringComparer.Ordinal).Select(id => new TermRef(id, names[id])).ToList());
        await asset.WriteStateAsync();
        var after = Usages(State.Terms);
        await Task.WhenAll(
            after.Except(before).Select(u => GrainFactory.GetGrain<IGlossaryTermGrain>(u.TermId).SetUsageAsync(u.Target, used: true))
                .Concat(before.Except(after).Select(u => GrainFactory.GetGrain<IGlossaryTermGrain>(u.TermId).SetUsageAsync(u.Target, used: false))));
        return SourceResult.Ok((await GetAsync())!);
    }

    public async Task RenameTermAsync(TermRef term)
    {
        var renamed = 0;
        foreach (var list in State.Terms.Values)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i].Id == term.Id && list[i] != term)
                {
                    list[i] = term;
                    renamed++;
                }
            }
        }

        if (renamed > 0)
        {
            await asset.WriteStateAsync();
        }
    }

    public async Task RemoveTermAsync(string termId)
    {
        var removed = 0;
        foreach (var list in State.Terms.Values)
        {
            removed += list.RemoveAll(t => t.Id == termId);
        }

        if (removed > 0)
        {
            State.Terms = State.Terms.Where(t => t.Value.Count > 0).ToDictionary(t => t.Key, t => t.Value);
            await asset.WriteStateAsync();
        }
    }

    private HashSet<(string TermId, string Target)> Usages(Dictionary<string, List<TermRef>> terms) =>
        [.. terms.SelectMany(t => t.Value.Select(r => (r.Id, t.Key == AssetLevel ? this.GetPrimaryKeyString() : $"{this.GetPrimaryKeyString()}#{t.Key}")))];
}
