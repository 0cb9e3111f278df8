using DataSpine.Registry.Compatibility.Avro;
using DataSpine.Registry.Compatibility.Json;
using DataSpine.Registry.Compatibility.Protobuf;

namespace DataSpine.Registry.Compatibility.Tests;

/// <summary>Every level applied to the same kind of history in each format.</summary>
public class CompatibilityCheckerTests
{
    public static TheoryData<string, string, string[], bool> ProtobufCases => new()
    {
        // v1 = {a}, v2 = {a, b}, candidate drops to an incompatible type for a.
        { "BACKWARD", "syntax='proto3'; message M { int32 a = 1; string b = 2; string c = 3; }", ["syntax='proto3'; message M { int32 a = 1; }", "syntax='proto3'; message M { int32 a = 1; string b = 2; }"], true },
        { "BACKWARD", "syntax='proto3'; message M { string a = 1; }", ["syntax='proto3'; message M { int32 a = 1; }"], false },
        { "FORWARD", "syntax='proto2'; message M { optional int32 a = 1; }", ["syntax='proto2'; message M { optional int32 a = 1; required string b = 2; }"], false },
        { "BACKWARD", "syntax='proto2'; message M { optional int32 a = 1; }", ["syntax='proto2'; message M { optional int32 a = 1; required string b = 2; }"], false },
        { "FORWARD", "syntax='proto2'; message M { optional int32 a = 1; required string b = 2; }", ["syntax='proto2'; message M { optional int32 a = 1; }"], false },
        { "BACKWARD", "syntax='proto3'; message M { int32 a = 1; }", ["syntax='proto3'; message M { string a = 1; }", "syntax='proto3'; message M { int32 a = 1; }"], true },
        { "BACKWARD_TRANSITIVE", "syntax='proto3'; message M { int32 a = 1; }", ["syntax='proto3'; message M { string a = 1; }", "syntax='proto3'; message M { int32 a = 1; }"], false },
        { "FULL", "syntax='proto3'; message M { int32 a = 1; } message N { int32 x = 1; }", ["syntax='proto3'; message M { int32 a = 1; }"], false },
        { "BACKWARD", "syntax='proto3'; message M { int32 a = 1; } message N { int32 x = 1; }", ["syntax='proto3'; message M { int32 a = 1; }"], true },
        { "FORWARD", "syntax='proto3'; message M { int32 a = 1; } message N { int32 x = 1; }", ["syntax='proto3'; message M { int32 a = 1; }"], false },
        { "FULL_TRANSITIVE", "syntax='proto3'; message M { int64 a = 1; }", ["syntax='proto3'; message M { uint32 a = 1; }", "syntax='proto3'; message M { int32 a = 1; }"], true },
        { "NONE", "syntax='proto3'; message M { string a = 1; }", ["syntax='proto3'; message M { int32 a = 1; }"], true },
    };

    public static TheoryData<string, string, string[], bool> JsonCases => new()
    {
        { "BACKWARD", "{'type':'object','properties':{'a':{'type':'string'}},'additionalProperties':false}", ["{'type':'object','properties':{'a':{'type':'string'},'b':{'type':'string'}},'additionalProperties':false}"], false },
        { "FORWARD", "{'type':'object','properties':{'a':{'type':'string'}},'additionalProperties':false}", ["{'type':'object','properties':{'a':{'type':'string'},'b':{'type':'string'}},'additionalProperties':false}"], true },
        { "BACKWARD", "{'type':'object','properties':{'a':{'type':'string'},'b':{'type':'string'}},'additionalProperties':false}", ["{'type':'object','properties':{'a':{'type':'string'}},'additionalProperties':false}"], true },
        { "FULL", "{'type':'object','properties':{'a':{'type':'string'},'b':{'type':'string'}},'additionalProperties':false}", ["{'type':'object','properties':{'a':{'type':'string'}},'additionalProperties':false}"], false },
        { "BACKWARD", "{'type':'object','properties':{'a':{'type':'string'},'b':{'type':'string'}}}", ["{'type':'object','properties':{'a':{'type':'string'}}}"], false },
        { "FORWARD", "{'type':'object','properties':{'a':{'type':'string'},'b':{'type':'string'}}}", ["{'type':'object','properties':{'a':{'type':'string'}}}"], true },
        { "BACKWARD", "{'type':'number'}", ["{'type':'integer'}"], true },
        { "FORWARD", "{'type':'number'}", ["{'type':'integer'}"], false },
        { "BACKWARD_TRANSITIVE", "{'type':'string','maxLength':10}", ["{'type':'string','maxLength':20}", "{'type':'string','maxLength':5}"], false },
        { "BACKWARD", "{'type':'string','maxLength':10}", ["{'type':'string','maxLength':20}", "{'type':'string','maxLength':5}"], true },
        { "FULL_TRANSITIVE", "{'type':'string'}", ["{'type':'string'}", "{'type':'string','title':'x'}"], true },
    };

    [Theory]
    [MemberData(nameof(ProtobufCases))]
    public void protobuf_levels_decide_like_the_reference_registry(string level, string candidate, string[] history, bool compatible) =>
        Check(new ProtobufFormat(), level, candidate, history).ShouldBe(compatible);

    [Theory]
    [MemberData(nameof(JsonCases))]
    public void json_levels_decide_like_the_reference_registry(string level, string candidate, string[] history, bool compatible) =>
        Check(new JsonSchemaFormat(), level, candidate, history).ShouldBe(compatible);

    [Fact]
    public void formats_report_their_wire_names()
    {
        new AvroFormat().SchemaType.ShouldBe("AVRO");
        new JsonSchemaFormat().SchemaType.ShouldBe("JSON");
        new ProtobufFormat().SchemaType.ShouldBe("PROTOBUF");
    }

    private static bool Check(ISchemaFormat format, string level, string candidate, string[] history)
    {
        CompatibilityLevels.TryParse(level, out var parsed).ShouldBeTrue();
        var existing = history.Select(h => format.ParseOrThrow(Schemas.Q(h))).ToList();
        return new CompatibilityChecker(format).Check(parsed, format.ParseOrThrow(Schemas.Q(candidate)), existing).IsCompatible;
    }
}
