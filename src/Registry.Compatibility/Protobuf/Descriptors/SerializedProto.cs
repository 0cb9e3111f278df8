using System.Buffers.Text;
using Google.Protobuf.Reflection;
using ProtoBuf;

namespace DataSpine.Registry.Compatibility.Protobuf.Descriptors;

/// <summary>
/// Confluent's Protobuf serializers register the base64 of a serialized <c>FileDescriptorProto</c> instead
/// of .proto text; Confluent's registry accepts either and stores the .proto text. This converts between
/// the two: a descriptor becomes normalized .proto text (through <see cref="ProtoPrinter"/>), and stored
/// .proto text becomes a descriptor again for <c>?format=serialized</c>.
/// </summary>
public static class SerializedProto
{
    /// <summary>The file name a descriptor served for <c>?format=serialized</c> carries.</summary>
    public const string MainFileName = "default.proto";

    /// <summary>
    /// The .proto text of a schema given as a base64 FileDescriptorProto; false for anything else (.proto
    /// text always holds a ';', '{' or space, none of which base64 has, so text is never mistaken for it).
    /// </summary>
    public static bool TryDecode(string schema, out string protoText)
    {
        protoText = "";
        var trimmed = schema.Trim();
        if (trimmed.Length == 0 || !Base64.IsValid(trimmed))
        {
            return false;
        }

        FileDescriptorProto descriptor;
        try
        {
            descriptor = Serializer.Deserialize<FileDescriptorProto>(Convert.FromBase64String(trimmed).AsSpan());
        }
        catch (Exception e) when (e is ProtoException or EndOfStreamException or InvalidOperationException or OverflowException)
        {
            return false;
        }

        // Random base64 can decode to an empty or nameless message; a real descriptor declares something.
        if (descriptor.MessageTypes.Count == 0 && descriptor.EnumTypes.Count == 0 && descriptor.Services.Count == 0)
        {
            return false;
        }

        protoText = ProtoPrinter.Print(DescriptorToProto.Convert(descriptor));
        return true;
    }

    /// <summary>
    /// The base64 FileDescriptorProto of stored .proto text; imports are the references' texts by import
    /// path (Google's well-known files are bundled with the parser). Null with the parser's errors when
    /// the text does not compile.
    /// </summary>
    public static string? Encode(string protoText, IReadOnlyList<ResolvedReference> references, out string? error)
    {
        ArgumentNullException.ThrowIfNull(references);
        var set = new FileDescriptorSet();
        foreach (var reference in references)
        {
            set.Add(reference.Name, includeInOutput: false, new StringReader(reference.SchemaText));
        }

        set.Add(MainFileName, includeInOutput: true, new StringReader(protoText));
        set.Process();
        var errors = set.GetErrors().Where(e => e.IsError).ToList();
        if (errors.Count > 0)
        {
            error = string.Join("; ", errors.Select(e => e.ToString()));
            return null;
        }

        error = null;
        var file = set.Files.Single(f => f.Name == MainFileName);
        using var bytes = new MemoryStream();
        Serializer.Serialize(bytes, file);
        return Convert.ToBase64String(bytes.GetBuffer(), 0, (int)bytes.Length);
    }
}
