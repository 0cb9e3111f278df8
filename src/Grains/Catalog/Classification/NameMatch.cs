namespace DataSpine.Grains.Catalog.Classification;

internal enum NameStrength
{
    None,

    /// <summary>The name mentions the class but describes something about it (email_count, phone_type).</summary>
    Negative,

    Weak,
    Strong,
}

/// <summary>What a detector concluded from a column name or comment.</summary>
internal readonly record struct NameMatch(NameStrength Strength, string Detail)
{
    public static NameMatch None { get; } = new(NameStrength.None, string.Empty);

    public static NameMatch Strong(string detail) => new(NameStrength.Strong, detail);

    public static NameMatch Weak(string detail) => new(NameStrength.Weak, detail);
}
