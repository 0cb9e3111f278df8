namespace DataSpine.Runtime.Activations;

/// <summary>How a piece of work may overlap others in one activation.</summary>
internal enum Interleaving
{
    /// <summary>Runs alone: the default for a non-reentrant grain.</summary>
    Exclusive,

    /// <summary>[ReadOnly]: overlaps other read-only work only.</summary>
    ReadOnly,

    /// <summary>[AlwaysInterleave] or a [Reentrant] grain: overlaps anything.</summary>
    Always,
}

/// <summary>A request or timer tick queued on an activation.</summary>
internal interface IWorkItem
{
    Interleaving Interleaving { get; }

    /// <summary>Whether this work counts as activity that postpones idle collection.</summary>
    bool KeepsAlive { get; }

    /// <summary>Runs on the activation's scheduler; must call <see cref="GrainActivation.Complete"/> once.</summary>
    Task RunAsync(GrainActivation activation);

    /// <summary>Fails the work, for example because the activation could not be created.</summary>
    void Fail(Exception error);
}
