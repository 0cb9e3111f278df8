using DataSpine.Registry.Compatibility.Protobuf;

namespace DataSpine.Registry.Compatibility.Tests.Protobuf;

public class ProtobufParsingTests
{
    private readonly ProtobufFormat _proto = new();

    [Theory]
    [InlineData("syntax = 'proto3'; message M { string a = 1; }")]
    [InlineData("syntax = \"proto2\";\npackage a.b;\nmessage M { required int32 id = 1; optional string name = 2 [default = 'x']; repeated int64 ids = 3 [packed = true]; }")]
    [InlineData("message M { optional int32 a = 1; }")]
    [InlineData("syntax = 'proto3';\n// comment\n/* block\n comment */\nmessage M { map<string, M> children = 1; }")]
    [InlineData("syntax = 'proto3'; message M { oneof kind { string s = 1; int32 i = 2; } bool flag = 3; }")]
    [InlineData("syntax = 'proto3'; message M { reserved 2, 15, 9 to 11, 100 to max; reserved 'foo', 'bar'; int32 a = 1; }")]
    [InlineData("syntax = 'proto3'; enum E { option allow_alias = true; A = 0; B = 1; C = 1; reserved 5 to 7; }")]
    [InlineData("syntax = 'proto3'; enum E { NEG = 0; MINUS = -1; }")]
    [InlineData("syntax = 'proto3'; message Outer { message Inner { enum Kind { K = 0; } Kind k = 1; } Inner.Kind k = 1; Inner inner = 2; }")]
    [InlineData("syntax = 'proto3'; import 'google/protobuf/timestamp.proto'; message M { google.protobuf.Timestamp at = 1; }")]
    [InlineData("syntax = 'proto3'; import 'google/protobuf/struct.proto'; message M { google.protobuf.NullValue n = 1; google.protobuf.Struct s = 2; }")]
    [InlineData("syntax = 'proto3'; message Req { } message Res { } service S { option deprecated = true; rpc Get (Req) returns (Res); rpc Watch (stream Req) returns (stream Res) { option idempotency_level = NO_SIDE_EFFECTS; } }")]
    [InlineData("syntax = 'proto3'; import 'google/protobuf/descriptor.proto'; extend google.protobuf.FieldOptions { string label = 50000; } message M { string a = 1 [(label) = 'x']; }")]
    [InlineData("syntax = 'proto3'; option java_package = 'com.example'; option java_multiple_files = true; option (my.opt) = { a: 1 b: 'two' }; message M { int32 a = 1; }")]
    [InlineData("syntax = 'proto2'; message M { optional group Result = 1 { optional string url = 2; } extensions 100 to 199; }")]
    [InlineData("syntax = 'proto3'; package p; message M { .p.M self = 1; int32 hex = 0x10; }")]
    [InlineData("edition = '2023'; message M { int32 a = 1; }")]
    [InlineData("syntax = 'proto3'; message M { double d = 1 [json_name = 'dd']; float f = 2; uint32 u = 3; sint64 s = 4; sfixed32 x = 5; fixed64 y = 6; bytes b = 7; bool t = 8; }")]
    public void valid_proto_files_parse(string text)
    {
        var result = _proto.Parse(Schemas.Q(text), []);

        result.IsSuccess.ShouldBeTrue(result.Error?.ToString());
        result.Schema.SchemaType.ShouldBe("PROTOBUF");
    }

    [Theory]
    [InlineData("syntax = 'proto4'; message M { }", "Unrecognized syntax")]
    [InlineData("syntax = 'proto3'; message M { string a = 1 }", "Expected \";\"")]
    [InlineData("syntax = 'proto3'; message M { string a = 1;", "end of input")]
    [InlineData("syntax = 'proto3'; message M { Unknown a = 1; }", "\"Unknown\" is not defined")]
    [InlineData("syntax = 'proto3'; message M { string a = 1; int32 b = 1; }", "Field number 1 has already been used")]
    [InlineData("syntax = 'proto3'; message M { string a = 1; int32 a = 2; }", "\"a\" is already defined")]
    [InlineData("syntax = 'proto3'; message M { string a = 0; }", "out of range")]
    [InlineData("syntax = 'proto3'; message M { string a = 536870912; }", "out of range")]
    [InlineData("syntax = 'proto3'; message M { string a = 19500; }", "reserved for the protocol buffer library")]
    [InlineData("syntax = 'proto3'; message M { reserved 2 to 4; string a = 3; }", "uses reserved number 3")]
    [InlineData("syntax = 'proto3'; message M { reserved 'a'; string a = 1; }", "Field name \"a\" is reserved")]
    [InlineData("syntax = 'proto3'; message M { required string a = 1; }", "Required fields are not allowed in proto3")]
    [InlineData("syntax = 'proto3'; message M { string a = 1 [default = 'x']; }", "Explicit default values are not allowed in proto3")]
    [InlineData("syntax = 'proto2'; message M { string a = 1; }", "Expected \"required\", \"optional\", or \"repeated\"")]
    [InlineData("syntax = 'proto3'; message M { oneof o { repeated string a = 1; } }", "Fields in oneofs must not have labels")]
    [InlineData("syntax = 'proto3'; message M { map<float, string> m = 1; }", "Key in map fields")]
    [InlineData("syntax = 'proto3'; message M { repeated map<string, string> m = 1; }", "not allowed on map fields")]
    [InlineData("syntax = 'proto3'; enum E { A = 1; }", "first enum value must be zero")]
    [InlineData("syntax = 'proto3'; enum E { A = 0; B = 0; }", "allow_alias")]
    [InlineData("syntax = 'proto3'; enum E { }", "at least one value")]
    [InlineData("syntax = 'proto3'; message M { } message M { }", "already defined")]
    [InlineData("syntax = 'proto3'; import 'missing.proto'; message M { }", "Import \"missing.proto\" was not found")]
    [InlineData("syntax = 'proto3'; message M { string a = 1; } service S { rpc Get (Nope) returns (M); }", "\"Nope\" is not defined")]
    [InlineData("syntax = 'proto3'; message M { string a = 1 # }", "Unexpected character")]
    [InlineData("syntax = 'proto3'; message M { string a = 'x'; }", "a field number")]
    [InlineData("syntax = 'proto3'; message M { extensions 100 to 200; }", "Extension ranges are not allowed in proto3")]
    [InlineData("syntax = 'proto3'; /* never closed", "Unterminated comment")]
    [InlineData("package a; package b;", "Multiple package definitions")]
    public void invalid_proto_files_are_rejected_with_a_reason(string text, string reason)
    {
        var result = _proto.Parse(Schemas.Q(text), []);

        result.IsSuccess.ShouldBeFalse();
        result.Error.Message.ShouldContain(reason);
    }

    [Fact]
    public void syntax_errors_carry_line_and_column()
    {
        var result = _proto.Parse("syntax = \"proto3\";\nmessage M {\n  string a = ;\n}", []);

        result.IsSuccess.ShouldBeFalse();
        result.Error.Line.ShouldBe(3);
        result.Error.Column.ShouldBe(14);
    }

    [Fact]
    public void imports_resolve_through_references()
    {
        var dependency = new ResolvedReference("common/address.proto", "address", 2,
            "syntax = \"proto3\";\npackage common;\nmessage Address { string street = 1; }\nenum Country { UNKNOWN = 0; FR = 1; }");

        var result = _proto.Parse("syntax = \"proto3\";\nimport \"common/address.proto\";\nmessage Customer { common.Address home = 1; .common.Country country = 2; }", [dependency]);

        result.IsSuccess.ShouldBeTrue(result.Error?.ToString());
        var schema = (ProtobufSchema)result.Schema;
        schema.Symbols.Get("common.Address")!.Subject.ShouldBe("address");
        schema.Symbols.Get("Customer")!.IsLocal.ShouldBeTrue();
    }

    [Fact]
    public void services_and_nested_types_are_kept()
    {
        var schema = (ProtobufSchema)_proto.ParseOrThrow("syntax = \"proto3\"; message A { message B { int32 x = 1; } B b = 1; } service S { rpc Do (A) returns (A.B); }");

        schema.File.Services.ShouldHaveSingleItem().Rpcs.ShouldHaveSingleItem().ResponseType.ShouldBe("A.B");
        ((ProtoMessage)schema.File.Types[0]).NestedTypes.ShouldHaveSingleItem().Name.ShouldBe("B");
    }

    [Theory]
    [InlineData("syntax = 'proto3';\nmessage M {\n  string a = 1;\n  int32 b = 2;\n}", "syntax='proto3'; message M{int32 b=2;string a=1;}")]
    [InlineData("syntax = 'proto3';\n// doc\nimport 'b.proto';\nimport 'a.proto';\nmessage M { string a = 1; }", "syntax = 'proto3'; import 'a.proto'; import 'b.proto'; message M { /* x */ string a = 1; }")]
    [InlineData("syntax = 'proto3'; option java_package = 'x'; option go_package = 'y'; message M { string a = 1; }", "syntax = 'proto3'; option go_package = 'y'; option java_package = 'x'; message M { string a = 1; }")]
    public void layout_comments_and_order_of_fields_do_not_change_the_canonical_string(string left, string right)
    {
        var references = new[] { new ResolvedReference("a.proto", "a", 1, "syntax = 'proto3';"), new ResolvedReference("b.proto", "b", 1, "syntax = 'proto3';") };

        var a = _proto.Parse(Schemas.Q(left), references);
        var b = _proto.Parse(Schemas.Q(right), references);

        a.IsSuccess.ShouldBeTrue(a.Error?.ToString());
        b.IsSuccess.ShouldBeTrue(b.Error?.ToString());
        a.Schema.CanonicalString.ShouldBe(b.Schema.CanonicalString);
        a.Schema.Fingerprint.ShouldBe(b.Schema.Fingerprint);
    }

    [Fact]
    public void message_order_is_significant_in_the_canonical_string()
    {
        var a = _proto.ParseOrThrow("syntax = \"proto3\"; message A { } message B { }");
        var b = _proto.ParseOrThrow("syntax = \"proto3\"; message B { } message A { }");

        a.CanonicalString.ShouldNotBe(b.CanonicalString);
    }

    [Fact]
    public void canonical_string_parses_back_to_the_same_canonical_string()
    {
        const string text = "syntax = \"proto2\"; package p; option java_package = \"x\"; message M { option deprecated = true; reserved 5 to 9; reserved \"old\"; required int32 a = 1 [default = 3]; map<string, M> m = 2; oneof o { string s = 3; } optional group G = 4 { optional int32 g = 1; } enum E { Z = 0; } extensions 100 to max; } service S { rpc R (M) returns (stream M); }";
        var first = _proto.ParseOrThrow(text);

        var second = _proto.ParseOrThrow(first.CanonicalString);

        second.CanonicalString.ShouldBe(first.CanonicalString);
    }
}
