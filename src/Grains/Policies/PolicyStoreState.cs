namespace DataSpine.Grains.Policies;

/// <summary>Durable state of the policy store: the current version (earlier ones live in their own grains).</summary>
public sealed record PolicyStoreState
{
    public PolicySetVersion Current { get; set; } = PolicySetVersion.Empty;
}

/// <summary>Durable state of one stored version.</summary>
public sealed record PolicyVersionState
{
    public PolicySetVersion? Version { get; set; }
}
