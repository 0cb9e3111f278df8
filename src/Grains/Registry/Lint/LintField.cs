namespace DataSpine.Grains.Registry.Lint;

/// <summary>A field as the lint rules see it, whatever the schema language.</summary>
internal sealed record LintField(string Path, string Name, string? Doc, bool IsText, bool PiiTagged, bool HasRetention);
