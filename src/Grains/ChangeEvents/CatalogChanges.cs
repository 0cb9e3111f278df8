using DataSpine.Grains.Catalog.Assets;
using DataSpine.Grains.Catalog.Sources;
using DataSpine.Grains.Lineage.Graph;
using DataSpine.Grains.Registry;
using DataSpine.Hosting.Storage;

namespace DataSpine.Grains.ChangeEvents;

/// <summary>
/// What a state write changed that catalog readers can see, as events: the written state is compared with what the
/// activation held before (<see cref="StateWrite.PreviousPayload"/>). A write that changes nothing visible (a scan's
/// bookkeeping, a profile refresh, a run of a lineage job) yields none. Events carry ids, names, kinds and what changed,
/// never values (no samples, descriptions, schema texts or connections): a reader fetches the entity with its own rights.
/// </summary>
internal static partial class CatalogChanges
{
    public static IReadOnlyList<CatalogChange> Of(StateWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var key = write.Key.GrainKey;
        return write.StateType switch
        {
            var t when t == typeof(AssetState) => Assets(key, Previous<AssetState>(write), write.State as AssetState),
            var t when t == typeof(SourceState) => Sources(key, Previous<SourceState>(write), write.State as SourceState),
            var t when t == typeof(LineageNodeState) => Lineage(key, Previous<LineageNodeState>(write), write.State as LineageNodeState),
            var t when t == typeof(SubjectState) => Subjects(key, Previous<SubjectState>(write), write.State as SubjectState),
            _ => [],
        };
    }

    /// <summary>What the activation held before the write; nothing for a new (or cleared) row.</summary>
    private static T? Previous<T>(StateWrite write) where T : class =>
        write.PreviousPayload is { } payload ? (T)GrainStateJson.Deserialize(payload, typeof(T)) : null;

    /// <summary>Records compare their lists by reference; their stored JSON compares them by value.</summary>
    private static bool SameJson<T>(T? a, T? b) =>
        (a is null && b is null) || (a is not null && b is not null && GrainStateJson.Serialize(a, typeof(T)) == GrainStateJson.Serialize(b, typeof(T)));
}
