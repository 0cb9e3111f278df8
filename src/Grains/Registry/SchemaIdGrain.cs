
namespace DataSpine.Grains.Registry;

public sealed class SchemaIdGrain([PersistentState("schemaIds")] IPersistentState<SchemaIdState> state) : Grain, ISchemaIdGrain
{
    public async Task<RegistryResult<StoredSchema>> AssignAsync(SchemaIdRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ids = state.State;
        SchemaEntry? entry;
        if (request.ExplicitId is { } explicitId)
        {
            if (ids.ById.TryGetValue(explicitId, out entry) && entry.Fingerprint != request.Fingerprint)
            {
                return RegistryResult.Fail<StoredSchema>(
                    RegistryErrorCodes.OperationNotPermitted, $"Overwrite new schema with id {explicitId} is not permitted.");
            }
        }
        else
        {
            entry = ids.ByFingerprint.TryGetValue(request.Fingerprint, out var known) ? ids.ById[known] : null;
        }

        if (entry is null)
        {
            var id = request.ExplicitId ?? NextFreeId(ids);
            entry = new SchemaEntry
            {
                Id = id,
                Fingerprint = request.Fingerprint,
                SchemaType = request.SchemaType,
                Schema = request.Schema,
                References = [.. request.References],
            };
            ids.ById[id] = entry;
            ids.ByFingerprint.TryAdd(request.Fingerprint, id);
            ids.NextId = Math.Max(ids.NextId, id + 1);
        }

        var usage = entry.Usages.Find(u => u.Subject == request.Subject && u.Version == request.Version);
        if (usage is null)
        {
            entry.Usages.Add(new SchemaUsageState { Subject = request.Subject, Version = request.Version });
        }
        else
        {
            usage.Deleted = false;
        }

        await state.WriteStateAsync();
        return RegistryResult.Ok<StoredSchema>(entry.ToStored());
    }

    public Task<StoredSchema?> FindAsync(string fingerprint) =>
        Task.FromResult(state.State.ByFingerprint.TryGetValue(fingerprint, out var id) ? state.State.ById[id].ToStored() : null);

    public Task<StoredSchema?> GetAsync(int id) =>
        Task.FromResult(state.State.ById.TryGetValue(id, out var entry) && entry.Usages.Count > 0 ? entry.ToStored() : null);

    public Task<IReadOnlyList<SubjectVersionRef>> GetUsagesAsync(int id, bool includeDeleted)
    {
        IReadOnlyList<SubjectVersionRef> usages = state.State.ById.TryGetValue(id, out var entry)
            ? entry.Usages.Where(u => includeDeleted || !u.Deleted)
                .OrderBy(u => u.Subject, StringComparer.Ordinal).ThenBy(u => u.Version)
                .Select(u => new SubjectVersionRef(u.Subject, u.Version)).ToList()
            : [];
        return Task.FromResult(usages);
    }

    public Task<IReadOnlyList<int>> GetReferencedByAsync(string subject, int version, bool includeDeleted)
    {
        IReadOnlyList<int> ids = state.State.ById.Values
            .Where(e => e.References.Exists(r => r.Subject == subject && r.Version == version))
            .Where(e => e.Usages.Exists(u => includeDeleted || !u.Deleted))
            .Select(e => e.Id)
            .Order()
            .ToList();
        return Task.FromResult(ids);
    }

    public async Task ReleaseAsync(IReadOnlyList<SchemaUsage> usages, bool permanent)
    {
        ArgumentNullException.ThrowIfNull(usages);
        foreach (var usage in usages)
        {
            if (!state.State.ById.TryGetValue(usage.Id, out var entry))
            {
                continue;
            }

            if (permanent)
            {
                entry.Usages.RemoveAll(u => u.Subject == usage.Subject && u.Version == usage.Version);
            }
            else
            {
                entry.Usages.FindAll(u => u.Subject == usage.Subject && u.Version == usage.Version).ForEach(u => u.Deleted = true);
            }
        }

        await state.WriteStateAsync();
    }

    private static int NextFreeId(SchemaIdState ids)
    {
        var id = ids.NextId;
        while (ids.ById.ContainsKey(id))
        {
            id++;
        }

        return id;
    }
}
