namespace DataSpine.Registry.Compatibility;

/// <summary>The outcome of a compatibility check; messages follow Confluent's verbose format.</summary>
public sealed record CompatibilityResult(bool IsCompatible, IReadOnlyList<string> Messages)
{
    public static CompatibilityResult Compatible { get; } = new(true, []);

    public static CompatibilityResult Incompatible(IReadOnlyList<string> messages) => new(false, messages);
}
