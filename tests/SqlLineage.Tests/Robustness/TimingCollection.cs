using Xunit;

namespace DataSpine.SqlLineage.Tests.Robustness;

/// <summary>Tests that time the engine run alone, so other tests' allocations and threads do not skew them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "timing";
}
