using DataSpine.Registry.Compatibility.Protobuf;

namespace DataSpine.Registry.Compatibility.Tests.Protobuf;

/// <summary>
/// Writer (old) to reader (new) changes under Confluent's Protobuf rules. Each case lists the
/// expected difference kinds with their paths and whether the new schema can read old data.
/// </summary>
public class ProtobufDiffTests
{
    private const string P3 = "syntax = 'proto3';\n";
    private const string P2 = "syntax = 'proto2';\n";

    private readonly ProtobufFormat _proto = new();

    public static TheoryData<string, string, string, bool> Cases => new()
    {
        { P3 + "message M { string a = 1; }", P3 + "message M { string a = 1; string b = 2; }", "FIELD_ADDED #/M/2", true },
        { P3 + "message M { string a = 1; string b = 2; }", P3 + "message M { string a = 1; }", "FIELD_REMOVED #/M/2", true },
        { P3 + "message M { string a = 1; }", P3 + "message M { string a = 2; }", "FIELD_ADDED #/M/2,FIELD_REMOVED #/M/1", true },
        { P3 + "message M { int32 a = 1; }", P3 + "message M { int32 renamed = 1; }", "FIELD_NAME_CHANGED #/M/1", true },
        { P3 + "message M { int32 a = 1; }", P3 + "message M { int64 a = 1; }", "", true },
        { P3 + "message M { uint32 a = 1; }", P3 + "message M { bool a = 1; }", "", true },
        { P3 + "message M { uint64 a = 1; }", P3 + "message M { int32 a = 1; }", "", true },
        { P3 + "message M { sint32 a = 1; }", P3 + "message M { sint64 a = 1; }", "", true },
        { P3 + "message M { fixed32 a = 1; }", P3 + "message M { sfixed32 a = 1; }", "", true },
        { P3 + "message M { fixed64 a = 1; }", P3 + "message M { sfixed64 a = 1; }", "", true },
        { P3 + "message M { string a = 1; }", P3 + "message M { bytes a = 1; }", "", true },
        { P3 + "message M { int32 a = 1; }", P3 + "message M { sint32 a = 1; }", "FIELD_SCALAR_KIND_CHANGED #/M/1", false },
        { P3 + "message M { int32 a = 1; }", P3 + "message M { fixed32 a = 1; }", "FIELD_SCALAR_KIND_CHANGED #/M/1", false },
        { P3 + "message M { fixed32 a = 1; }", P3 + "message M { fixed64 a = 1; }", "FIELD_SCALAR_KIND_CHANGED #/M/1", false },
        { P3 + "message M { float a = 1; }", P3 + "message M { double a = 1; }", "FIELD_SCALAR_KIND_CHANGED #/M/1", false },
        { P3 + "message M { int32 a = 1; }", P3 + "message M { string a = 1; }", "FIELD_SCALAR_KIND_CHANGED #/M/1", false },
        { P3 + "message M { int32 a = 1; }", P3 + "message M { string b = 1; }", "FIELD_NAME_CHANGED #/M/1,FIELD_SCALAR_KIND_CHANGED #/M/1", false },
        { P3 + "message M { int32 a = 1; }", P3 + "message M { S a = 1; }\nenum S { X = 0; Y = 1; }", "ENUM_ADDED #/S", true },
        { P3 + "message M { S a = 1; }\nenum S { X = 0; Y = 1; }", P3 + "message M { int32 a = 1; }", "ENUM_REMOVED #/S", true },
        { P3 + "message M { S a = 1; }\nenum S { X = 0; Y = 1; }", P3 + "message M { sint32 a = 1; }", "ENUM_REMOVED #/S,FIELD_SCALAR_KIND_CHANGED #/M/1", false },
        { P3 + "message M { int32 a = 1; }", P3 + "message M { Inner a = 1; message Inner { string s = 1; } }", "FIELD_KIND_CHANGED #/M/1,MESSAGE_ADDED #/M/Inner", false },
        { P3 + "message M { Inner a = 1; message Inner { string s = 1; } }", P3 + "message M { int32 a = 1; }", "FIELD_KIND_CHANGED #/M/1,MESSAGE_REMOVED #/M/Inner", false },
        { P3 + "message M { A a = 1; }\nmessage A { string s = 1; }", P3 + "message M { B a = 1; }\nmessage B { string s = 1; }", "FIELD_NAMED_TYPE_CHANGED #/M/1,MESSAGE_ADDED #/B,MESSAGE_REMOVED #/A", false },
        { P3 + "message M { map<string, int32> m = 1; }", P3 + "message M { map<string, string> m = 1; }", "FIELD_SCALAR_KIND_CHANGED #/M/1", false },
        { P3 + "message M { map<string, int32> m = 1; }", P3 + "message M { map<string, int64> m = 1; }", "", true },
        { P3 + "message M { map<int32, string> m = 1; }", P3 + "message M { map<string, string> m = 1; }", "FIELD_SCALAR_KIND_CHANGED #/M/1", false },
        { P3 + "message M { map<string, S> m = 1; message S { int32 x = 1; } }", P3 + "message M { map<string, M.S> m = 1; message S { int32 x = 1; } }", "", true },
        { P3 + "message M { map<string, int32> m = 1; }", P3 + "message M { int32 m = 1; }", "FIELD_KIND_CHANGED #/M/1", false },
        { P3 + "message M { optional int32 a = 1; }", P3 + "message M { repeated int32 a = 1; }", "FIELD_NUMERIC_LABEL_CHANGED #/M/1", false },
        { P3 + "message M { optional string a = 1; }", P3 + "message M { repeated string a = 1; }", "FIELD_STRING_OR_BYTES_LABEL_CHANGED #/M/1", true },
        { P3 + "message M { optional bytes a = 1; }", P3 + "message M { repeated bytes a = 1; }", "FIELD_STRING_OR_BYTES_LABEL_CHANGED #/M/1", true },
        { P3 + "message M { optional S a = 1; message S { int32 x = 1; } }", P3 + "message M { repeated S a = 1; message S { int32 x = 1; } }", "", true },
        { P3 + "message M { int32 a = 1; }", P3 + "message M { repeated int32 a = 1; }", "", true },
        { P2 + "message M { optional int32 a = 1; }", P2 + "message M { required int32 a = 1; }", "FIELD_NUMERIC_LABEL_CHANGED #/M/1", false },
        { P2 + "message M { optional string a = 1; }", P2 + "message M { optional string a = 1; required string b = 2; }", "REQUIRED_FIELD_ADDED #/M/2", false },
        { P2 + "message M { optional string a = 1; required string b = 2; }", P2 + "message M { optional string a = 1; }", "REQUIRED_FIELD_REMOVED #/M/2", false },
        { P2 + "message M { optional string a = 1; }", P2 + "message M { optional string a = 1; optional string b = 2; }", "FIELD_ADDED #/M/2", true },
        { P3 + "message M { string a = 1; string b = 2; }", P3 + "message M { string a = 1; oneof o { string b = 2; int32 c = 3; } }", "ONEOF_ADDED #/M/o", true },
        { P3 + "message M { string a = 1; string b = 2; }", P3 + "message M { oneof o { string a = 1; string b = 2; int32 c = 3; } }", "MULTIPLE_FIELDS_MOVED_TO_ONEOF #/M/o,ONEOF_ADDED #/M/o", false },
        { P3 + "message M { oneof o { string a = 1; string b = 2; } }", P3 + "message M { oneof o { string a = 1; string b = 2; int32 c = 3; } }", "ONEOF_FIELD_ADDED #/M/o/3", true },
        { P3 + "message M { oneof o { string a = 1; string b = 2; int32 c = 3; } }", P3 + "message M { oneof o { string a = 1; string b = 2; } }", "ONEOF_FIELD_REMOVED #/M/o/3", false },
        { P3 + "message M { oneof o { string a = 1; } int32 c = 3; }", P3 + "message M { oneof o { string a = 1; int32 c = 3; } }", "FIELD_MOVED_TO_EXISTING_ONEOF #/M/o,ONEOF_FIELD_ADDED #/M/o/3", false },
        { P3 + "message M { oneof o { string a = 1; int32 c = 3; } }", P3 + "message M { oneof o { string a = 1; } int32 c = 3; }", "FIELD_ADDED #/M/3", true },
        { P3 + "message M { oneof o { string a = 1; int32 c = 3; } }", P3 + "message M { oneof p { string a = 1; int32 c = 3; } }", "ONEOF_ADDED #/M/p,ONEOF_REMOVED #/M/o", true },
        { P3 + "message M { oneof o { string a = 1; int32 c = 3; } }", P3 + "message M { oneof p { string a = 1; float c = 3; } }", "ONEOF_ADDED #/M/p,ONEOF_REMOVED #/M/o,FIELD_SCALAR_KIND_CHANGED #/M/3", false },
        { P3 + "message M { oneof o { string a = 1; int32 c = 3; } }", P3 + "message M { oneof o { string a = 1; double c = 3; } }", "FIELD_SCALAR_KIND_CHANGED #/M/o/3", false },
        { P3 + "enum S { X = 0; Y = 1; }\nmessage M { S s = 1; }", P3 + "enum S { X = 0; NOT_Y = 1; }\nmessage M { S s = 1; }", "ENUM_CONST_CHANGED #/S/1", true },
        { P3 + "enum S { X = 0; Y = 1; }\nmessage M { S s = 1; }", P3 + "enum S { X = 0; }\nmessage M { S s = 1; }", "ENUM_CONST_REMOVED #/S/1", true },
        { P3 + "enum S { X = 0; }\nmessage M { S s = 1; }", P3 + "enum S { X = 0; Y = 1; }\nmessage M { S s = 1; }", "ENUM_CONST_ADDED #/S/1", true },
        { P3 + "message M { string s = 1; }", P3 + "message M { string s = 1; }\nmessage N { string s = 1; }", "MESSAGE_ADDED #/N", true },
        { P3 + "message M { string s = 1; }\nmessage N { string s = 1; }", P3 + "message M { string s = 1; }", "MESSAGE_REMOVED #/N", false },
        { P3 + "message M { string s = 1; }", P3 + "message N { string s = 1; }\nmessage M { string s = 1; }", "MESSAGE_ADDED #/N,MESSAGE_MOVED #/M", true },
        { P3 + "message M { string s = 1; }\nmessage N { string s = 1; }", P3 + "message N { string s = 1; }\nmessage M { string s = 1; }", "MESSAGE_MOVED #/M,MESSAGE_MOVED #/N", true },
        { P3 + "message W { int32 w = 1; message M { string s = 1; } }", P3 + "message W { int32 w = 1; message M { string s = 1; string t = 2; } }", "FIELD_ADDED #/W/M/2", true },
        { P3 + "package foo;\nmessage M { Inner i = 1; message Inner { string s = 1; } }", P3 + "package bar;\nmessage M { .bar.M.Inner i = 1; message Inner { string s = 1; } }", "PACKAGE_CHANGED #/", true },
        { P3 + "message M { Inner i = 1; message Inner { string s = 1; } }", P3 + "message M { .M.Inner i = 1; message Inner { string s = 1; } }", "", true },
        { P3 + "package foo;\nmessage M { Inner i = 1; message Inner { string s = 1; } }", P3 + "package foo;\nmessage M { .foo.M.Inner i = 1; message Inner { string s = 1; } }", "", true },
        { P3 + "message Node { int32 v = 1; repeated Node children = 2; }", P3 + "message Node { int64 v = 1; repeated Node children = 2; }", "", true },
        { P3 + "message M { string s = 1; }\nservice S { rpc Get (M) returns (M); }", P3 + "message M { string s = 1; }", "", true },
        { P3 + "option java_package = 'a';\nmessage M { string s = 1 [deprecated = true]; }", P3 + "option java_package = 'b';\nmessage M { string s = 1; }", "", true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void changes_are_classified_like_the_reference_registry(string writer, string reader, string expected, bool compatible)
    {
        var original = (ProtobufSchema)_proto.ParseOrThrow(Schemas.Q(writer));
        var update = (ProtobufSchema)_proto.ParseOrThrow(Schemas.Q(reader));

        var differences = ProtobufFormat.Differences(original, update);
        var result = _proto.Check(update, original);

        differences.Select(d => $"{d.ErrorType} {d.Path}").Order().ShouldBe(expected.Split(',', StringSplitOptions.RemoveEmptyEntries).Order());
        result.IsCompatible.ShouldBe(compatible);
    }

    [Fact]
    public void incompatible_messages_follow_confluent_format()
    {
        var result = _proto.Check(
            _proto.ParseOrThrow(Schemas.Q(P3 + "message M { string a = 1; }")),
            _proto.ParseOrThrow(Schemas.Q(P3 + "message M { int32 a = 1; }")));

        result.Messages.ShouldHaveSingleItem().ShouldBe(
            "{errorType:'FIELD_SCALAR_KIND_CHANGED', description:'The scalar kind of a field at path '#/M/1' in the new schema does not match its kind in the old schema'}");
    }
}
