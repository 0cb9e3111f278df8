using Google.Protobuf.Reflection;

namespace DataSpine.Registry.Compatibility.Protobuf.Descriptors;

/// <summary>
/// A FileDescriptorProto as the registry's .proto model, so that a serialized schema prints and checks
/// like one written as text. Type names stay fully qualified (".pkg.Msg"), which .proto accepts.
/// Custom options (extensions of the option messages) are not carried over.
/// </summary>
internal static partial class DescriptorToProto
{
    public static ProtoFile Convert(FileDescriptorProto descriptor)
    {
        var file = new ProtoFile
        {
            Syntax = string.IsNullOrEmpty(descriptor.Syntax) ? "proto2" : descriptor.Syntax,
            Package = string.IsNullOrEmpty(descriptor.Package) ? null : descriptor.Package,
        };
        if (file.Syntax == "editions")
        {
            file.Edition = EditionName(descriptor.Edition);
        }

        for (var i = 0; i < descriptor.Dependencies.Count; i++)
        {
            var modifier = descriptor.PublicDependencies.Contains(i) ? "public" : descriptor.WeakDependencies.Contains(i) ? "weak" : null;
            file.Imports.Add(new ProtoImport(descriptor.Dependencies[i], modifier));
        }

        file.Options.AddRange(Options.Of(descriptor.Options));
        var proto3 = file.Syntax == "proto3";
        file.Types.AddRange(descriptor.MessageTypes.Select(m => Message(m, proto3)));
        file.Types.AddRange(descriptor.EnumTypes.Select(Enum));
        foreach (var extension in descriptor.Extensions)
        {
            file.Extensions.Add((extension.Extendee, Field(extension, proto3, new Dictionary<string, DescriptorProto>())));
        }

        foreach (var service in descriptor.Services)
        {
            var converted = new ProtoService(service.Name);
            converted.Options.AddRange(Options.Of(service.Options));
            converted.Rpcs.AddRange(service.Methods.Select(m =>
                new ProtoRpc(m.Name, m.InputType, m.ClientStreaming, m.OutputType, m.ServerStreaming, Options.Of(m.Options))));
            file.Services.Add(converted);
        }

        return file;
    }

    private static ProtoMessage Message(DescriptorProto descriptor, bool proto3)
    {
        var message = new ProtoMessage(descriptor.Name);
        message.Options.AddRange(Options.Of(descriptor.Options));
        var mapEntries = descriptor.NestedTypes.Where(n => n.Options?.MapEntry == true).ToDictionary(n => n.Name);
        var synthetic = SyntheticOneOfs(descriptor);
        foreach (var field in descriptor.Fields.Where(f => !f.ShouldSerializeOneofIndex() || synthetic.Contains(f.OneofIndex)))
        {
            message.Fields.Add(Field(field, proto3, mapEntries));
        }

        for (var i = 0; i < descriptor.OneofDecls.Count; i++)
        {
            if (!synthetic.Contains(i))
            {
                var index = i;
                var fields = descriptor.Fields.Where(f => f.ShouldSerializeOneofIndex() && f.OneofIndex == index)
                    .Select(f => Field(f, proto3, mapEntries) with { Label = ProtoLabel.None }).ToList();
                message.OneOfs.Add(new ProtoOneOf(descriptor.OneofDecls[i].Name, fields, Options.Of(descriptor.OneofDecls[i].Options)));
            }
        }

        foreach (var nested in descriptor.NestedTypes.Where(n => !mapEntries.ContainsKey(n.Name)))
        {
            message.NestedTypes.Add(Message(nested, proto3));
        }

        message.NestedTypes.AddRange(descriptor.EnumTypes.Select(Enum));
        message.Reserved.Add(new ProtoReserved(
            descriptor.ReservedRanges.Select(r => (r.Start, r.End - 1)).ToList(), [.. descriptor.ReservedNames]));
        message.Extensions.Add(new ProtoReserved(descriptor.ExtensionRanges.Select(r => (r.Start, r.End - 1)).ToList(), []));
        return message;
    }

    /// <summary>proto3 <c>optional</c> fields sit in a oneof of their own that the .proto text never declared.</summary>
    private static HashSet<int> SyntheticOneOfs(DescriptorProto descriptor) =>
        descriptor.Fields.Where(f => f.Proto3Optional && f.ShouldSerializeOneofIndex()).Select(f => f.OneofIndex).ToHashSet();

    private static ProtoEnum Enum(EnumDescriptorProto descriptor)
    {
        var converted = new ProtoEnum(descriptor.Name);
        converted.Options.AddRange(Options.Of(descriptor.Options));
        converted.Values.AddRange(descriptor.Values.Select(v => new ProtoEnumValue(v.Name, v.Number, Options.Of(v.Options))));
        converted.Reserved.Add(new ProtoReserved(
            descriptor.ReservedRanges.Select(r => (r.Start, r.End)).ToList(), [.. descriptor.ReservedNames]));
        return converted;
    }

    private static string EditionName(Edition edition) => edition switch
    {
        Edition.Edition2023 => "2023",
        Edition.Edition2024 => "2024",
        _ => edition.ToString(),
    };
}
