using DataSpine.Registry.Compatibility.Protobuf;

namespace DataSpine.Registry.Compatibility.Tests.Protobuf;

/// <summary>Message types that come from references are compared when their subject or version changes.</summary>
public class ProtobufReferenceDiffTests
{
    private const string HomeV1 = "syntax = \"proto3\";\npackage demo.domain;\nmessage Home { int32 device = 1; bool enabled = 2; }";
    private const string HomeV2Incompatible = "syntax = \"proto3\";\npackage demo.domain;\nmessage Home { string device = 1; bool enabled = 2; }";
    private const string HomeOtherPackage = "syntax = \"proto3\";\npackage demo.other;\nmessage Home { int32 device = 1; bool enabled = 2; }";
    private const string UsesHome = "syntax = \"proto3\";\nimport \"home.proto\";\nmessage M { .demo.domain.Home home = 1; }";
    private const string UsesOtherHome = "syntax = \"proto3\";\nimport \"home.proto\";\nmessage M { .demo.other.Home home = 1; }";

    private readonly ProtobufFormat _proto = new();

    [Fact]
    public void same_reference_version_is_not_compared_again()
    {
        var writer = Parse(UsesHome, HomeV1, 1);
        var reader = Parse(UsesHome, HomeV1, 1);

        _proto.Check(reader, writer).IsCompatible.ShouldBeTrue();
    }

    [Fact]
    public void incompatible_change_in_a_new_reference_version_is_reported_at_both_levels()
    {
        var writer = Parse(UsesHome, HomeV1, 1);
        var reader = Parse(UsesHome, HomeV2Incompatible, 3);

        var differences = ProtobufFormat.Differences(writer, reader).Select(d => $"{d.ErrorType} {d.Path}").ToList();

        differences.ShouldBe(["FIELD_SCALAR_KIND_CHANGED #/Home/1", "FIELD_NAMED_TYPE_CHANGED #/M/1"], ignoreOrder: true);
        _proto.Check(reader, writer).IsCompatible.ShouldBeFalse();
    }

    [Fact]
    public void a_package_move_of_the_referenced_type_is_compatible_when_its_shape_is_the_same()
    {
        var writer = Parse(UsesHome, HomeV1, 1);
        var reader = Parse(UsesOtherHome, HomeOtherPackage, 2);

        _proto.Check(reader, writer).IsCompatible.ShouldBeTrue();
    }

    [Fact]
    public void moving_a_local_type_into_a_reference_removes_the_local_message()
    {
        var writer = (ProtobufSchema)_proto.ParseOrThrow("syntax = \"proto3\";\nmessage M { Home home = 1; }\nmessage Home { int32 device = 1; bool enabled = 2; }");
        var reader = Parse("syntax = \"proto3\";\nimport \"home.proto\";\nmessage M { .demo.domain.Home home = 1; }", HomeV1, 1);

        ProtobufFormat.Differences(writer, reader).Select(d => $"{d.ErrorType} {d.Path}").ShouldBe(["MESSAGE_REMOVED #/Home"]);
        _proto.Check(writer, reader).IsCompatible.ShouldBeTrue();
    }

    private ProtobufSchema Parse(string text, string dependency, int version) =>
        (ProtobufSchema)_proto.ParseOrThrow(text, new ResolvedReference("home.proto", "home", version, dependency));
}
