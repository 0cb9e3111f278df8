namespace DataSpine.Registry.Compatibility;

/// <summary>Confluent's compatibility levels.</summary>
public enum CompatibilityLevel
{
    None,
    Backward,
    BackwardTransitive,
    Forward,
    ForwardTransitive,
    Full,
    FullTransitive,
}
