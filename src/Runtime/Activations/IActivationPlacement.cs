namespace DataSpine.Runtime.Activations;

/// <summary>Whether this silo may create an activation of a grain: in a cluster, only the grain's owner may.</summary>
internal interface IActivationPlacement
{
    bool MayActivateHere(GrainId id);
}

/// <summary>One silo: every grain lives here.</summary>
internal sealed class LocalActivationPlacement : IActivationPlacement
{
    public bool MayActivateHere(GrainId id) => true;
}
