namespace DataSpine.Grains.Registry;

/// <summary>Confluent's registry modes.</summary>
public static class RegistryModes
{
    public const string ReadWrite = "READWRITE";
    public const string ReadOnly = "READONLY";
    public const string ReadOnlyOverride = "READONLY_OVERRIDE";
    public const string Import = "IMPORT";

    public static IReadOnlyList<string> All { get; } = [ReadWrite, ReadOnly, ReadOnlyOverride, Import];

    /// <summary>The upper-case mode name, or null when it is not a mode.</summary>
    public static string? Normalize(string? mode) =>
        All.FirstOrDefault(m => string.Equals(m, mode?.Trim(), StringComparison.OrdinalIgnoreCase));

    public const string InvalidModeMessage = "Invalid mode. Valid values are READWRITE, READONLY, READONLY_OVERRIDE, IMPORT.";
}
