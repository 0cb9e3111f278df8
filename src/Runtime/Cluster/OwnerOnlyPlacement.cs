using DataSpine.Runtime.Activations;

namespace DataSpine.Runtime.Cluster;

/// <summary>
/// Activations are created only on the grain's owner. Work that waited on an activation which moved away (or a
/// call that raced a membership change) is refused with <see cref="NotOwnerException"/> rather than activating
/// a second copy here, which would linger with state that goes stale and serve it again if ownership came back.
/// </summary>
internal sealed class OwnerOnlyPlacement(ClusterView view) : IActivationPlacement
{
    public bool MayActivateHere(GrainId id) => view.IsOwnedHere(id);
}
