namespace DataSpine.Registry.Compatibility;

/// <summary>An existing version of a subject, for compatibility messages that name the version.</summary>
public sealed record VersionedSchema(int Version, ParsedSchema Schema);
