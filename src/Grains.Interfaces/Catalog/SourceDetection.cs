namespace DataSpine.Grains.Catalog;

/// <summary>
/// What a connection hint looks like: the source type (null when unknown), how sure, a connection to
/// register with, what is still missing, and why.
/// </summary>
[GenerateSerializer, Immutable, Alias("ds.catalog.SourceDetection")]
public sealed record SourceDetection(string? Type, double Confidence, string? Connection, IReadOnlyList<string> Missing, string Reason);

/// <summary>Detection runs where the grains run, since paths are looked up on the silo's file system.</summary>
[Alias("ds.catalog.ISourceDetectorGrain")]
public interface ISourceDetectorGrain : IGrainWithStringKey
{
    Task<SourceDetection> DetectAsync(string hint);
}
