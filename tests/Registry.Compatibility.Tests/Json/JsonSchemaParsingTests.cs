using DataSpine.Registry.Compatibility.Json;

namespace DataSpine.Registry.Compatibility.Tests.Json;

public class JsonSchemaParsingTests
{
    private readonly JsonSchemaFormat _json = new();

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData("{}")]
    [InlineData("{'$schema':'http://json-schema.org/draft-07/schema#','type':'object','properties':{'a':{'type':'string'}},'required':['a'],'additionalProperties':false}")]
    [InlineData("{'type':['string','null'],'maxLength':3}")]
    [InlineData("{'type':'array','items':[{'type':'string'}],'additionalItems':{'type':'number'},'uniqueItems':true,'minItems':1}")]
    [InlineData("{'definitions':{'n':{'type':'object','properties':{'next':{'$ref':'#/definitions/n'}}}},'$ref':'#/definitions/n'}")]
    [InlineData("{'oneOf':[{'type':'integer','multipleOf':2,'exclusiveMinimum':0},{'const':'x'},{'not':{'enum':[1,2]}}]}")]
    [InlineData("{'patternProperties':{'^x-':{}},'dependencies':{'a':['b'],'c':{'required':['d']}}}")]
    [InlineData("{'type':'number','maximum':5,'exclusiveMaximum':true}")]
    public void valid_schemas_parse(string schema)
    {
        var result = _json.Parse(Schemas.Q(schema), []);

        result.IsSuccess.ShouldBeTrue(result.Error?.ToString());
        result.Schema.SchemaType.ShouldBe("JSON");
    }

    [Theory]
    [InlineData("42", "must be an object or a boolean")]
    [InlineData("null", "must be an object or a boolean")]
    [InlineData("{'type':'strin'}", "Unknown type \"strin\"")]
    [InlineData("{'type':[]}", "\"type\" must be")]
    [InlineData("{'type':7}", "\"type\" must be")]
    [InlineData("{'properties':[]}", "\"properties\" must be an object")]
    [InlineData("{'properties':{'a':3}}", "must be an object or a boolean")]
    [InlineData("{'required':'a'}", "\"required\" must be an array")]
    [InlineData("{'minLength':-1}", "\"minLength\" must be a non-negative integer")]
    [InlineData("{'maxItems':1.5}", "\"maxItems\" must be a non-negative integer")]
    [InlineData("{'multipleOf':0}", "\"multipleOf\" must be greater than 0")]
    [InlineData("{'maximum':'ten'}", "\"maximum\" must be a number")]
    [InlineData("{'pattern':'('}", "Invalid \"pattern\"")]
    [InlineData("{'enum':'a'}", "\"enum\" must be an array")]
    [InlineData("{'allOf':[]}", "\"allOf\" must be a non-empty array")]
    [InlineData("{'additionalProperties':3}", "\"additionalProperties\" must be a boolean or a schema")]
    [InlineData("{'$ref':'#/definitions/missing'}", "Unresolvable $ref")]
    [InlineData("{'$ref':'other.json'}", "no schema reference named \"other.json\"")]
    public void invalid_schemas_are_rejected_with_a_reason(string schema, string reason)
    {
        var result = _json.Parse(Schemas.Q(schema), []);

        result.IsSuccess.ShouldBeFalse();
        result.Error.Message.ShouldContain(reason);
    }

    [Fact]
    public void json_syntax_error_reports_line_and_column()
    {
        var result = _json.Parse("{\n  \"type\": \"object\",\n  \"properties\": {,}\n}", []);

        result.IsSuccess.ShouldBeFalse();
        result.Error.Line.ShouldBe(3);
    }

    [Fact]
    public void refs_to_other_subjects_resolve_by_reference_name()
    {
        var address = new ResolvedReference("address.json", "address-value", 1, Schemas.Q("{'type':'object','properties':{'street':{'type':'string'}},'definitions':{'zip':{'type':'string','pattern':'^[0-9]{5}$'}}}"));

        var result = _json.Parse(Schemas.Q("{'type':'object','properties':{'home':{'$ref':'address.json'},'zip':{'$ref':'address.json#/definitions/zip'}}}"), [address]);

        result.IsSuccess.ShouldBeTrue(result.Error?.ToString());
        var root = ((JsonSchema)result.Schema).Root.ShouldBeOfType<JsonObjectSchema>();
        root.Properties["zip"].ShouldBeOfType<JsonReferenceSchema>().Referred.ShouldBeOfType<JsonStringSchema>().Pattern.ShouldBe("^[0-9]{5}$");
    }

    [Fact]
    public void relative_refs_resolve_against_the_root_id()
    {
        var address = new ResolvedReference("https://example.com/schemas/address.json", "address-value", 1, Schemas.Q("{'type':'string'}"));

        var result = _json.Parse(Schemas.Q("{'$id':'https://example.com/schemas/customer.json','properties':{'home':{'$ref':'address.json'}}}"), [address]);

        result.IsSuccess.ShouldBeTrue(result.Error?.ToString());
    }

    [Fact]
    public void a_change_inside_a_referenced_schema_is_seen_through_the_ref()
    {
        const string user = "{'type':'object','properties':{'home':{'$ref':'address.json'}}}";
        var v1 = new ResolvedReference("address.json", "address-value", 1, Schemas.Q("{'type':'object','properties':{'street':{'type':'string'}}}"));
        var v2 = new ResolvedReference("address.json", "address-value", 2, Schemas.Q("{'type':'object','properties':{'street':{'type':'integer'}}}"));

        var writer = _json.ParseOrThrow(Schemas.Q(user), v1);
        var reader = _json.ParseOrThrow(Schemas.Q(user), v2);

        _json.Check(reader, writer).IsCompatible.ShouldBeFalse();
    }

    [Theory]
    [InlineData("{'type':'object','properties':{'a':{'type':'string'},'b':{'type':'integer'}}}", "{ 'properties' : { 'b' : { 'type' : 'integer' }, 'a' : { 'type' : 'string' } }, 'type' : 'object' }")]
    [InlineData("{'type':'number','maximum':1.0}", "{'maximum':1,'type':'number'}")]
    public void key_order_whitespace_and_number_spelling_do_not_change_the_canonical_string(string left, string right)
    {
        var a = _json.ParseOrThrow(Schemas.Q(left));
        var b = _json.ParseOrThrow(Schemas.Q(right));

        a.CanonicalString.ShouldBe(b.CanonicalString);
        a.Fingerprint.ShouldBe(b.Fingerprint);
    }

    [Fact]
    public void array_order_is_kept_in_the_canonical_string() =>
        _json.ParseOrThrow(Schemas.Q("{'enum':['a','b']}")).CanonicalString.ShouldNotBe(_json.ParseOrThrow(Schemas.Q("{'enum':['b','a']}")).CanonicalString);

    [Fact]
    public void type_keywords_without_type_constrain_only_their_own_kind()
    {
        var schema = (JsonSchema)_json.ParseOrThrow(Schemas.Q("{'minLength':2,'minimum':3}"));

        var combined = schema.Root.ShouldBeOfType<JsonCombinedSchema>();
        combined.Criterion.ShouldBe(JsonCombination.AllOf);
        combined.Subschemas.Select(s => s.GetType().Name).ShouldBe(["JsonNumberSchema", "JsonStringSchema"]);
    }
}
