namespace DataSpine.Grains.Cdc;

/// <summary>Configuration section "Cdc" (docs/configuration.md).</summary>
public sealed class CdcOptions
{
    /// <summary>How often a running route re-checks the residency gate against the catalog's classes and the matrix.</summary>
    public TimeSpan GateEvery { get; set; } = TimeSpan.FromSeconds(30);
}
