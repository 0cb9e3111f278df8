namespace DataSpine.Runtime.Activations;

internal enum ActivationStatus
{
    /// <summary>Loading state and running OnActivateAsync; requests wait.</summary>
    Activating,

    Active,

    /// <summary>Accepts no new work; finishes what runs, then OnDeactivateAsync.</summary>
    Deactivating,

    /// <summary>Gone (collected, or its activation failed); the directory no longer lists it.</summary>
    Deactivated,
}
