namespace DataSpine.Grains.Residency;

/// <summary>Durable state of the residency matrix grain.</summary>
public sealed record ResidencyMatrixState
{
    public ResidencyMatrix Matrix { get; set; } = new();
}
