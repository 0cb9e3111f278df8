namespace DataSpine.Registry.Compatibility.Protobuf;

/// <summary>The semantic checks protoc applies after parsing: numbers, names, labels and type references.</summary>
internal sealed partial class ProtoValidator(ProtoFile file, ProtoSymbols symbols)
{
    private const int FirstReservedNumber = 19_000;
    private const int LastReservedNumber = 19_999;

    private bool IsProto3 => file.Syntax == "proto3";

    public void Validate()
    {
        var package = file.Package ?? "";
        foreach (var type in file.Types)
        {
            ValidateType(type, package.Length == 0 ? type.Name : $"{package}.{type.Name}");
        }

        foreach (var service in file.Services)
        {
            foreach (var rpc in service.Rpcs)
            {
                RequireMessage(rpc.RequestType, package, $"{service.Name}.{rpc.Name}");
                RequireMessage(rpc.ResponseType, package, $"{service.Name}.{rpc.Name}");
            }
        }
    }

    private void ValidateType(ProtoTypeElement type, string fullName)
    {
        if (type is ProtoEnum enumType)
        {
            ValidateEnum(enumType, fullName);
            return;
        }

        var message = (ProtoMessage)type;
        if (IsProto3 && message.Extensions.Count > 0)
        {
            throw new ProtoSchemaException($"Extension ranges are not allowed in proto3 (message {fullName})");
        }

        ValidateFields(message, fullName);
        foreach (var nested in message.NestedTypes)
        {
            ValidateType(nested, $"{fullName}.{nested.Name}");
        }
    }

    private void RequireMessage(string type, string scope, string user)
    {
        var resolved = symbols.Resolve(type, scope);
        if (resolved is null || symbols.Get(resolved)!.Element is not ProtoMessage)
        {
            throw new ProtoSchemaException($"\"{type}\" is not defined or is not a message type (used by {user})");
        }
    }

    private void ValidateEnum(ProtoEnum type, string fullName)
    {
        if (type.Values.Count == 0)
        {
            throw new ProtoSchemaException($"Enums must contain at least one value ({fullName})");
        }

        if (IsProto3 && type.Values[0].Number != 0)
        {
            throw new ProtoSchemaException($"The first enum value must be zero in proto3 ({fullName}.{type.Values[0].Name})");
        }

        var allowAlias = type.Options.Any(o => o.Name == "allow_alias" && o.Value == "true");
        var names = new HashSet<string>(StringComparer.Ordinal);
        var numbers = new Dictionary<int, string>();
        foreach (var value in type.Values)
        {
            if (!names.Add(value.Name))
            {
                throw new ProtoSchemaException($"\"{value.Name}\" is already defined in {fullName}");
            }

            if (!numbers.TryAdd(value.Number, value.Name) && !allowAlias)
            {
                throw new ProtoSchemaException(
                    $"\"{fullName}.{value.Name}\" uses the same enum value as \"{fullName}.{numbers[value.Number]}\". If this is intended, set 'option allow_alias = true;' to the enum definition");
            }

            if (type.Reserved.Any(r => r.Contains(value.Number) || r.Names.Contains(value.Name)))
            {
                throw new ProtoSchemaException($"Enum value \"{value.Name}\" in {fullName} uses a reserved number or name");
            }
        }
    }
}
