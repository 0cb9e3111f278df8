using System.Diagnostics.CodeAnalysis;

namespace DataSpine.Hosting.Tests.Storage;

public sealed class TestGrainState<T> : IGrainState<T> where T : new()
{
    [AllowNull]
    public T State { get; set => field = value ?? new T(); } = new();

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }
}

public sealed record AssetState
{
    public string Name { get; init; } = "";

    public int Revision { get; init; }

    public List<string> Tags { get; init; } = [];
}

/// <summary>Another class with the same JSON shape: what <see cref="AssetState"/> becomes after a rename.</summary>
public sealed record RenamedAssetState
{
    public string Name { get; init; } = "";

    public int Revision { get; init; }

    public List<string> Tags { get; init; } = [];
}
