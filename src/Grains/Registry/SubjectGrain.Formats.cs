using DataSpine.Registry.Compatibility;
using DataSpine.Registry.Compatibility.Protobuf.Descriptors;

namespace DataSpine.Grains.Registry;

public sealed partial class SubjectGrain
{
    public Task<RegistryResult<string>> GetSerializedAsync(int version, bool includeDeleted)
    {
        if (FindState(version, includeDeleted) is not { } found)
        {
            return Task.FromResult(RegistryResult.Fail<string>(FindError(version, includeDeleted)));
        }

        if (found.SchemaType != SchemaTypes.Protobuf)
        {
            return Task.FromResult(RegistryResult.Ok(found.Schema));
        }

        var references = found.Resolved.Select(r => new ResolvedReference(r.Name, r.Subject, r.Version, r.SchemaText)).ToList();
        var serialized = SerializedProto.Encode(found.Schema, references, out var error);
        return Task.FromResult(serialized is null
            ? RegistryResult.Fail<string>(RegistryErrorCodes.InvalidSchema, $"Invalid schema: cannot build its descriptor: {error}")
            : RegistryResult.Ok(serialized));
    }

    public Task<RegistryResult<SubjectVersion>> GetLatestWithMetadataAsync(IReadOnlyDictionary<string, string> metadata, bool includeDeleted)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var visible = Visible(includeDeleted).Select(ToContract).ToList();
        if (visible.Count == 0)
        {
            return Task.FromResult(RegistryResult.Fail<SubjectVersion>(SubjectNotFound()));
        }

        var match = visible.FindLast(v => v.MetadataProperties() is { } properties
            && metadata.All(pair => properties.TryGetValue(pair.Key, out var value) && value == pair.Value));
        return Task.FromResult(match is null
            ? RegistryResult.Fail<SubjectVersion>(RegistryErrorCodes.SchemaNotFound, "Schema not found")
            : RegistryResult.Ok(match));
    }
}
