using DataSpine.Registry.Compatibility.Avro;
using DataSpine.Registry.Compatibility.Json;
using DataSpine.Registry.Compatibility.Protobuf;

namespace DataSpine.Registry.Compatibility.Tests;

/// <summary>Every schema can read its own data, whatever the format.</summary>
public class ReflexivityTests
{
    [Theory]
    [InlineData("{'type':'record','name':'R','fields':[{'name':'a','type':['null','R'],'default':null},{'name':'e','type':{'type':'enum','name':'E','symbols':['X']}},{'name':'m','type':{'type':'map','values':{'type':'array','items':{'type':'fixed','name':'F','size':2}}}}]}")]
    [InlineData("['null','int','string',{'type':'record','name':'A','fields':[]}]")]
    [InlineData("{'type':'bytes','logicalType':'decimal','precision':9,'scale':2}")]
    public void avro_schema_reads_its_own_data(string schema) => IsSelfCompatible(new AvroFormat(), schema);

    [Theory]
    [InlineData("syntax='proto3'; message A { repeated A children = 1; map<string, B> m = 2; oneof o { B b = 3; string s = 4; } enum E { Z = 0; } E e = 5; } message B { optional sint64 x = 1; }")]
    [InlineData("syntax='proto2'; message A { required int32 id = 1; optional group G = 2 { optional string s = 1; } repeated fixed32 f = 3 [packed = true]; extensions 10 to 20; }")]
    public void protobuf_schema_reads_its_own_data(string schema) => IsSelfCompatible(new ProtobufFormat(), schema);

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData("{}")]
    [InlineData("{'not':{}}")]
    [InlineData("{'not':true}")]
    [InlineData("{'type':['string','null','boolean'],'minLength':1}")]
    [InlineData("{'type':'object','properties':{'a':{'type':'integer','minimum':0,'exclusiveMaximum':10,'multipleOf':2},'b':{'enum':[1,'x',null]},'c':{'const':{'k':[1]}}},'required':['a'],'additionalProperties':false,'patternProperties':{'^x':{'type':'string'}}}")]
    [InlineData("{'type':'array','items':[{'type':'string'},true,false],'additionalItems':{'type':'number'},'uniqueItems':true,'minItems':1,'maxItems':4}")]
    [InlineData("{'oneOf':[{'type':'string'},{'type':'object','properties':{'next':{'$ref':'#'}}}],'definitions':{'x':{'type':'null'}}}")]
    [InlineData("{'anyOf':[{'allOf':[{'type':'string'},{'maxLength':3}]},{'type':'number'}]}")]
    [InlineData("{'dependencies':{'a':['b'],'c':{'properties':{'d':{'type':'string'}}}},'minProperties':1}")]
    public void json_schema_reads_its_own_data(string schema) => IsSelfCompatible(new JsonSchemaFormat(), schema);

    private static void IsSelfCompatible(ISchemaFormat format, string schema)
    {
        var first = format.ParseOrThrow(Schemas.Q(schema));
        var second = format.ParseOrThrow(Schemas.Q(schema));

        var result = format.Check(first, second);

        result.IsCompatible.ShouldBeTrue(string.Join("\n", result.Messages));
        first.CanonicalString.ShouldBe(second.CanonicalString);
    }
}
