namespace DataSpine.Registry.Compatibility.Tests;

public class SchemaFormatsTests
{
    [Theory]
    [InlineData(null, "AVRO")]
    [InlineData("", "AVRO")]
    [InlineData("avro", "AVRO")]
    [InlineData("JSON", "JSON")]
    [InlineData("PROTOBUF", "PROTOBUF")]
    public void schema_types_resolve_to_their_format(string? schemaType, string expected)
    {
        SchemaFormats.TryGet(schemaType, out var format).ShouldBeTrue();
        format.SchemaType.ShouldBe(expected);
    }

    [Fact]
    public void unknown_schema_type_is_rejected() => SchemaFormats.TryGet("XML", out _).ShouldBeFalse();

    [Fact]
    public void a_realistic_proto_file_parses()
    {
        const string text = """
            syntax = "proto3";

            package acme.orders.v1;

            import "google/protobuf/timestamp.proto";
            import "google/protobuf/wrappers.proto";

            option java_package = "com.acme.orders.v1";
            option java_outer_classname = "OrdersProto";
            option (acme.meta) = { owner: "team-orders" tags: ["pii", "core"] };

            /* An order as placed by a customer. */
            message Order {
              option deprecated = false;
              reserved 14, 15, 9 to 11;
              reserved "legacy_id", "old_total";

              string id = 1 [json_name = "orderId"];
              google.protobuf.Timestamp placed_at = 2;
              repeated Line lines = 3;
              map<string, string> labels = 4;
              optional google.protobuf.StringValue note = 5;
              Status status = 6 [deprecated = true];
              oneof payment {
                option (acme.required_choice) = true;
                Card card = 7;
                string voucher_code = 8;
              }

              message Line {
                string sku = 1;
                uint32 quantity = 2;
                sint64 unit_price_cents = 3;
              }

              message Card {
                fixed64 token = 1;
                bytes fingerprint = 2;
              }

              enum Status {
                option allow_alias = true;
                STATUS_UNSPECIFIED = 0;
                STATUS_PLACED = 1;
                STATUS_NEW = 1 [deprecated = true];
                STATUS_SHIPPED = 2;
                reserved 10 to max;
              }
            }

            service Orders {
              rpc Place (Order) returns (Order) {
                option idempotency_level = IDEMPOTENT;
              }
              rpc Watch (Order) returns (stream Order);
            }
            """;

        SchemaFormats.TryGet("PROTOBUF", out var proto).ShouldBeTrue();
        var result = proto.Parse(text, []);

        result.IsSuccess.ShouldBeTrue(result.Error?.ToString());
        proto.Parse(result.Schema.CanonicalString, []).Schema!.CanonicalString.ShouldBe(result.Schema.CanonicalString);
    }
}
