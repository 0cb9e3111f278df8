namespace DataSpine.Registry.Compatibility.Protobuf;

internal sealed partial class ProtoValidator
{
    private void ValidateFields(ProtoMessage message, string fullName)
    {
        var numbers = new Dictionary<int, string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in message.AllFields)
        {
            var where = $"{fullName}.{field.Name}";
            if (!names.Add(field.Name))
            {
                throw Fail(field, $"\"{field.Name}\" is already defined in \"{fullName}\"");
            }

            if (field.Number is < 1 or > ProtoParser.MaxFieldNumber)
            {
                throw Fail(field, $"Field number {field.Number} of {where} is out of range: field numbers must be 1 to {ProtoParser.MaxFieldNumber}");
            }

            if (field.Number is >= FirstReservedNumber and <= LastReservedNumber)
            {
                throw Fail(field, $"Field numbers {FirstReservedNumber} through {LastReservedNumber} are reserved for the protocol buffer library implementation ({where})");
            }

            if (!numbers.TryAdd(field.Number, field.Name))
            {
                throw Fail(field, $"Field number {field.Number} has already been used in \"{fullName}\" by field \"{numbers[field.Number]}\"");
            }

            if (message.Reserved.Any(r => r.Contains(field.Number)))
            {
                throw Fail(field, $"Field \"{field.Name}\" uses reserved number {field.Number} in \"{fullName}\"");
            }

            if (message.Reserved.Any(r => r.Names.Contains(field.Name)))
            {
                throw Fail(field, $"Field name \"{field.Name}\" is reserved in \"{fullName}\"");
            }

            ValidateLabel(message, field, where);
            ValidateFieldType(field, fullName, where);
        }
    }

    private void ValidateLabel(ProtoMessage message, ProtoField field, string where)
    {
        var inOneOf = !message.Fields.Contains(field);
        if (field.IsMap && field.Label != ProtoLabel.None)
        {
            throw Fail(field, $"Field labels (required/optional/repeated) are not allowed on map fields ({where})");
        }

        if (IsProto3 && field.Label == ProtoLabel.Required)
        {
            throw Fail(field, $"Required fields are not allowed in proto3 ({where})");
        }

        if (IsProto3 && field.Options.Any(o => o.Name == "default"))
        {
            throw Fail(field, $"Explicit default values are not allowed in proto3 ({where})");
        }

        if (IsProto3 && field.IsGroup)
        {
            throw Fail(field, $"Groups are not supported in proto3 syntax ({where})");
        }

        if (file.Syntax == "proto2" && !inOneOf && !field.IsMap && field.Label == ProtoLabel.None)
        {
            throw Fail(field, $"Expected \"required\", \"optional\", or \"repeated\" for proto2 field {where}");
        }
    }

    private void ValidateFieldType(ProtoField field, string scope, string where)
    {
        if (field.IsMap)
        {
            if (!ProtoScalars.IsValidMapKey(field.MapKey!))
            {
                throw Fail(field, $"Key in map fields cannot be float/double, bytes or message types ({where})");
            }

            RequireType(field, field.MapValue!, scope);
            return;
        }

        RequireType(field, field.Type, scope);
    }

    private void RequireType(ProtoField field, string type, string scope)
    {
        if (!ProtoScalars.IsScalar(type) && symbols.Resolve(type, scope) is null)
        {
            throw Fail(field, $"\"{type}\" is not defined (field {scope}.{field.Name})");
        }
    }

    private static ProtoSchemaException Fail(ProtoField field, string message) => new(message, field.Line, field.Column);
}
