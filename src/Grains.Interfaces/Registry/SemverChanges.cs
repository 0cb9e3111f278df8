namespace DataSpine.Grains.Registry;

/// <summary>
/// Kinds of change between two versions, and a subject's contract level: the largest change it
/// accepts ("major" accepts everything its compatibility level lets through).
/// </summary>
public static class SemverChanges
{
    public const string Major = "major";
    public const string Minor = "minor";
    public const string Patch = "patch";

    public static string? Normalize(string? level) =>
        level?.Trim().ToLowerInvariant() is Major or Minor or Patch ? level.Trim().ToLowerInvariant() : null;
}
