namespace DataSpine.Grains.Residency;

/// <summary>One rule of the matrix: data of this category (PII, PCI, ...) or class (EMAIL, ...) may go to these regions only.</summary>
[GenerateSerializer, Immutable, Alias("ds.residency.ResidencyRule")]
public sealed record ResidencyRule
{
    [Id(0)]
    public string Classification { get; init; } = "";

    [Id(1)]
    public IReadOnlyList<string> AllowedRegions { get; init; } = [];
}

/// <summary>The residency matrix: classification → allowed destination regions.</summary>
[GenerateSerializer, Immutable, Alias("ds.residency.ResidencyMatrix")]
public sealed record ResidencyMatrix
{
    [Id(0)]
    public IReadOnlyList<ResidencyRule> Rules { get; init; } = [];

    [Id(1)]
    public DateTimeOffset? UpdatedAt { get; init; }
}

/// <summary>A column to evaluate: its name and the classes the catalog found on it.</summary>
[GenerateSerializer, Immutable, Alias("ds.residency.ClassifiedColumn")]
public sealed record ClassifiedColumn(string Column, IReadOnlyList<string> Classes);

/// <summary>Why a column may or may not go to a region; <see cref="Code"/> is one of <see cref="ResidencyReasonCodes"/>.</summary>
[GenerateSerializer, Immutable, Alias("ds.residency.ResidencyReason")]
public sealed record ResidencyReason(string Code, string? Class, string? Category, string? Rule, string Region);

/// <summary>The decision for one column.</summary>
[GenerateSerializer, Immutable, Alias("ds.residency.ColumnDecision")]
public sealed record ColumnDecision(string Column, bool Allowed, IReadOnlyList<ResidencyReason> Reasons);

/// <summary>The decision for a set of columns: allowed only when every column is.</summary>
[GenerateSerializer, Immutable, Alias("ds.residency.ResidencyDecision")]
public sealed record ResidencyDecision(string Region, bool Allowed, IReadOnlyList<ColumnDecision> Columns);

/// <summary>The result of a residency operation: a value or a stable error code with its reason.</summary>
[GenerateSerializer, Immutable, Alias("ds.residency.ResidencyResult`1")]
public sealed record ResidencyResult<T>(T? Value, string? ErrorCode = null, string? Error = null)
{
    public bool Succeeded => ErrorCode is null;
}
