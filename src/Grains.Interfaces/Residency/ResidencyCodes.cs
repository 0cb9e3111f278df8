namespace DataSpine.Grains.Residency;

/// <summary>Stable error codes of the residency API (400 answers).</summary>
public static class ResidencyErrors
{
    public const string InvalidMatrix = "invalid_residency_matrix";
    public const string UnknownClassification = "unknown_classification";
    public const string InvalidRegion = "invalid_region";
    public const string InvalidEvaluation = "invalid_residency_evaluation";
    public const string AssetNotFound = "asset_not_found";
}

/// <summary>Stable reason codes of a residency decision, per column (docs/cdc.md).</summary>
public static class ResidencyReasonCodes
{
    /// <summary>Allowed: the column carries no class.</summary>
    public const string Unclassified = "unclassified";

    /// <summary>Allowed: the class's rule (or its category's) lists the region.</summary>
    public const string RegionAllowed = "region_allowed";

    /// <summary>Denied: the class's rule (or its category's) does not list the region.</summary>
    public const string RegionNotAllowed = "region_not_allowed";

    /// <summary>Denied: the column carries a class that no rule covers (classified data never moves by default).</summary>
    public const string NoRule = "no_rule";
}
