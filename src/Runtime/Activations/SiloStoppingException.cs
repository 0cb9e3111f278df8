namespace DataSpine.Runtime.Activations;

/// <summary>The silo is stopping and takes no more calls; a remote caller retries on the grain's next owner.</summary>
internal sealed class SiloStoppingException() : InvalidOperationException("The silo is stopping; the call was not delivered.");
