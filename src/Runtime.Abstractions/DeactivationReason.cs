namespace DataSpine.Runtime;

public enum DeactivationReason
{
    /// <summary>Idle for longer than the collection age.</summary>
    IdleCollection,

    /// <summary>The grain asked for it with DeactivateOnIdle.</summary>
    ApplicationRequested,

    /// <summary>The silo is stopping.</summary>
    ShuttingDown,

    /// <summary>The grain is now owned by another silo, or its state write was rejected as stale.</summary>
    Migrating,
}
