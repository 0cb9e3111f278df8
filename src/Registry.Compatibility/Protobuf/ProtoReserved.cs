namespace DataSpine.Registry.Compatibility.Protobuf;

/// <summary>Reserved (or extension) numbers and names; ranges are inclusive.</summary>
public sealed record ProtoReserved(IReadOnlyList<(int Start, int End)> Ranges, IReadOnlyList<string> Names)
{
    public bool Contains(int number) => Ranges.Any(r => number >= r.Start && number <= r.End);
}
