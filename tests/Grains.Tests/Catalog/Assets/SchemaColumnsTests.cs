using DataSpine.Grains.Catalog.Assets;

namespace DataSpine.Grains.Tests.Catalog.Assets;

public sealed class SchemaColumnsTests
{
    [Fact]
    public void avro_record_fields_become_columns_with_readable_types()
    {
        const string schema = """
            {"type":"record","name":"Order","fields":[
              {"name":"id","type":"long","doc":"Order number"},
              {"name":"note","type":["null","string"],"default":null},
              {"name":"amount","type":["int","double"]},
              {"name":"tags","type":{"type":"array","items":"string"}},
              {"name":"attributes","type":{"type":"map","values":"long"}},
              {"name":"customer","type":{"type":"record","name":"Customer","fields":[{"name":"email","type":"string"}]}},
              {"name":"at","type":{"type":"long","logicalType":"timestamp-millis"}},
              {"name":"maybe_at","type":["null",{"type":"long","logicalType":"timestamp-micros"}]},
              {"name":"status","type":"shop.Status","default":"NEW"}]}
            """;

        var columns = SchemaColumns.From("AVRO", schema);

        columns.Select(c => $"{c.Ordinal}.{c.Name}:{c.DataType}:{(c.Nullable ? "null" : "not null")}").ShouldBe(
        [
            "1.id:long:not null", "2.note:string:null", "3.amount:union<int,double>:not null", "4.tags:array<string>:not null",
            "5.attributes:map<long>:not null", "6.customer:Customer:not null", "7.at:long (timestamp-millis):not null",
            "8.maybe_at:long (timestamp-micros):null", "9.status:shop.Status:not null",
        ]);
        columns[0].Comment.ShouldBe("Order number");
        columns[1].Default.ShouldBe("null");
        columns[8].Default.ShouldBe("NEW");
    }

    [Fact]
    public void json_schema_properties_become_columns_nullable_unless_required()
    {
        const string schema = """
            {"type":"object","required":["id","email"],"properties":{
              "id":{"type":"integer","description":"Order number"},
              "email":{"type":"string","format":"email"},
              "note":{"type":["string","null"]},
              "lines":{"type":"array","items":{"type":"object"}},
              "customer":{"$ref":"#/definitions/Customer"},
              "anything":{}}}
            """;

        var columns = SchemaColumns.From("JSON", schema);

        columns.Select(c => $"{c.Name}:{c.DataType}:{(c.Nullable ? "null" : "not null")}").ShouldBe(
        [
            "id:integer:not null", "email:string (email):not null", "note:string:null", "lines:array:null",
            "customer:#/definitions/Customer:null", "anything:any:null",
        ]);
        columns[0].Comment.ShouldBe("Order number");
    }

    [Theory]
    [InlineData("AVRO", "\"string\"")]
    [InlineData("AVRO", """{"type":"enum","name":"E","symbols":["A"]}""")]
    [InlineData("JSON", """{"type":"string"}""")]
    [InlineData("PROTOBUF", "syntax = \"proto3\"; message M { int64 id = 1; }")]
    public void schemas_without_top_level_fields_give_no_columns(string type, string schema) =>
        SchemaColumns.From(type, schema).ShouldBeEmpty();
}
