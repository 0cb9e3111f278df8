using Google.Protobuf;
using Google.Protobuf.Reflection;
using FileOptions = Google.Protobuf.Reflection.FileOptions;

namespace DataSpine.Silo.Tests.Registry;

/// <summary>FileDescriptorProtos built with Google.Protobuf, as Confluent's Protobuf serializers send them.</summary>
internal static class Descriptors
{
    /// <summary>package shop; message Order { int64 id = 1; string email = 2; repeated Line lines = 3; map&lt;string,string&gt; tags = 4; optional string note = 5; Status status = 6; message Line {...} } enum Status {...}</summary>
    public static FileDescriptorProto Order(bool withCoupon = false)
    {
        var line = new DescriptorProto { Name = "Line" };
        line.Field.Add(Scalar("sku", 1, FieldDescriptorProto.Types.Type.String));
        line.Field.Add(Scalar("quantity", 2, FieldDescriptorProto.Types.Type.Int32));
        var tagsEntry = new DescriptorProto { Name = "TagsEntry", Options = new MessageOptions { MapEntry = true } };
        tagsEntry.Field.Add(Scalar("key", 1, FieldDescriptorProto.Types.Type.String, FieldDescriptorProto.Types.Label.Optional));
        tagsEntry.Field.Add(Scalar("value", 2, FieldDescriptorProto.Types.Type.String, FieldDescriptorProto.Types.Label.Optional));

        var order = new DescriptorProto { Name = "Order" };
        order.NestedType.Add(line);
        order.NestedType.Add(tagsEntry);
        order.Field.Add(Scalar("id", 1, FieldDescriptorProto.Types.Type.Int64));
        order.Field.Add(Scalar("email", 2, FieldDescriptorProto.Types.Type.String));
        order.Field.Add(new FieldDescriptorProto
        {
            Name = "lines",
            Number = 3,
            Label = FieldDescriptorProto.Types.Label.Repeated,
            Type = FieldDescriptorProto.Types.Type.Message,
            TypeName = ".shop.Order.Line",
        });
        order.Field.Add(new FieldDescriptorProto
        {
            Name = "tags",
            Number = 4,
            Label = FieldDescriptorProto.Types.Label.Repeated,
            Type = FieldDescriptorProto.Types.Type.Message,
            TypeName = ".shop.Order.TagsEntry",
        });
        order.OneofDecl.Add(new OneofDescriptorProto { Name = "_note" });
        order.Field.Add(new FieldDescriptorProto
        {
            Name = "note",
            Number = 5,
            Label = FieldDescriptorProto.Types.Label.Optional,
            Type = FieldDescriptorProto.Types.Type.String,
            Proto3Optional = true,
            OneofIndex = 0,
        });
        order.Field.Add(new FieldDescriptorProto
        {
            Name = "status",
            Number = 6,
            Label = FieldDescriptorProto.Types.Label.Optional,
            Type = FieldDescriptorProto.Types.Type.Enum,
            TypeName = ".shop.Status",
        });
        if (withCoupon)
        {
            order.Field.Add(Scalar("coupon", 7, FieldDescriptorProto.Types.Type.String));
        }

        var status = new EnumDescriptorProto { Name = "Status" };
        status.Value.Add(new EnumValueDescriptorProto { Name = "STATUS_UNKNOWN", Number = 0 });
        status.Value.Add(new EnumValueDescriptorProto { Name = "STATUS_PAID", Number = 1 });

        var file = new FileDescriptorProto { Name = "shop/order.proto", Package = "shop", Syntax = "proto3", Options = new FileOptions { JavaPackage = "com.example.shop" } };
        file.MessageType.Add(order);
        file.EnumType.Add(status);
        return file;
    }

    public static string Base64(FileDescriptorProto file) => file.ToByteString().ToBase64();

    public static FileDescriptorProto Parse(string base64) => FileDescriptorProto.Parser.ParseFrom(ByteString.FromBase64(base64));

    private static FieldDescriptorProto Scalar(string name, int number, FieldDescriptorProto.Types.Type type, FieldDescriptorProto.Types.Label label = FieldDescriptorProto.Types.Label.Optional) =>
        new() { Name = name, Number = number, Label = label, Type = type };
}
