using DataSpine.Registry.Compatibility.Json;

namespace DataSpine.Registry.Compatibility.Tests.Json;

/// <summary>allOf / anyOf / oneOf under a property: criteria changes, sum and product types, matching of members.</summary>
public class JsonCombinedSchemaDiffTests
{
    private readonly JsonSchemaFormat _json = new();

    public static TheoryData<string, string, string, bool> Cases => new()
    {
        { "{'allOf':[{'enum':['one','two']},{'type':'string'},{'maxLength':5}]}", "{'allOf':[{'maxLength':5},{'enum':['one','two']},{'type':'string'}]}", "", true },
        { "{'allOf':[{'enum':['one','two']},{'type':'string'},{'maxLength':5}]}", "{'allOf':[{'maxLength':5},{'enum':['one','two']},{'type':'number'}]}", "COMBINED_TYPE_SUBSCHEMAS_CHANGED #/properties/p", false },
        { "{'allOf':[{'type':'string'},{'type':'string'}]}", "{'allOf':[{'type':'string'}]}", "", true },
        { "{'allOf':[{'type':'string'}]}", "{'allOf':[{'type':'string'},{'type':'string'}]}", "", true },
        { "{'oneOf':[{'type':'string'}]}", "{'oneOf':[{'type':'boolean'},{'type':'number'},{'type':'string'}]}", "SUM_TYPE_EXTENDED #/properties/p", true },
        { "{'oneOf':[{'type':'string','maxLength':5}]}", "{'oneOf':[{'type':'boolean'},{'title':'s','type':'string','maxLength':8}]}", "SUM_TYPE_EXTENDED #/properties/p,TITLE_CHANGED #/properties/p/oneOf/0,MAX_LENGTH_INCREASED #/properties/p/oneOf/0/maxLength", true },
        { "{'oneOf':[{'type':'number'},{'type':'string'}]}", "{'oneOf':[{'type':'string'}]}", "SUM_TYPE_NARROWED #/properties/p", false },
        { "{'allOf':[{'enum':['one']},{'type':'string'}]}", "{'allOf':[{'type':'string'}]}", "PRODUCT_TYPE_NARROWED #/properties/p", true },
        { "{'allOf':[{'type':'string'}]}", "{'allOf':[{'enum':['one']},{'type':'string'}]}", "PRODUCT_TYPE_EXTENDED #/properties/p", false },
        { "{'oneOf':[{'type':'string'}]}", "{'anyOf':[{'type':'string'}]}", "COMBINED_TYPE_EXTENDED #/properties/p", true },
        { "{'oneOf':[{'type':'string'}]}", "{'anyOf':[{'type':'number'},{'type':'string'}]}", "COMBINED_TYPE_EXTENDED #/properties/p,SUM_TYPE_EXTENDED #/properties/p", true },
        { "{'allOf':[{'type':'string'}]}", "{'anyOf':[{'type':'string'}]}", "COMBINED_TYPE_EXTENDED #/properties/p", true },
        { "{'anyOf':[{'type':'string'}]}", "{'oneOf':[{'type':'number'},{'type':'string'}]}", "COMBINED_TYPE_EXTENDED #/properties/p,SUM_TYPE_EXTENDED #/properties/p", true },
        { "{'anyOf':[{'type':'number'},{'type':'string'}]}", "{'oneOf':[{'type':'string'}]}", "COMBINED_TYPE_CHANGED #/properties/p", false },
        { "{'allOf':[{'type':'number'}]}", "{'oneOf':[{'type':'number'},{'type':'string'}]}", "COMBINED_TYPE_EXTENDED #/properties/p,SUM_TYPE_EXTENDED #/properties/p", true },
        { "{'anyOf':[{'type':'string'}]}", "{'allOf':[{'type':'string'}]}", "COMBINED_TYPE_EXTENDED #/properties/p", true },
        { "{'anyOf':[{'type':'string'}]}", "{'allOf':[{'type':'number'},{'type':'string'}]}", "COMBINED_TYPE_CHANGED #/properties/p", false },
        { "{'type':'string'}", "{'anyOf':[{'type':'number'},{'type':'string'}]}", "SUM_TYPE_EXTENDED #/properties/p", true },
        { "{'type':'string'}", "{'oneOf':[{'type':'number'},{'type':'string'}]}", "SUM_TYPE_EXTENDED #/properties/p", true },
        { "{'type':'string'}", "{'allOf':[{'type':'string'}]}", "", true },
        { "{'allOf':[{'type':'string'}]}", "{'type':'string'}", "", true },
        { "{'oneOf':[{'type':'string'},{'type':'number'}]}", "{'type':'string'}", "TYPE_CHANGED #/properties/p", false },
        { "{'anyOf':[{'type':'string'},{'type':'null'}]}", "{'anyOf':[{'type':'null'},{'type':'string'}]}", "", true },
        { "{'oneOf':[{'type':'integer'},{'type':'string'}]}", "{'oneOf':[{'type':'number'},{'type':'string'}]}", "TYPE_EXTENDED #/properties/p/oneOf/0", true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void combined_changes_are_classified_like_the_reference_registry(string writerProperty, string readerProperty, string expected, bool compatible)
    {
        var original = (JsonSchema)_json.ParseOrThrow(Schemas.Q($"{{'type':'object','properties':{{'p':{writerProperty}}}}}"));
        var update = (JsonSchema)_json.ParseOrThrow(Schemas.Q($"{{'type':'object','properties':{{'p':{readerProperty}}}}}"));

        var differences = JsonSchemaFormat.Differences(original, update);

        differences.Select(d => $"{d.ErrorType} {d.Path}").Order().ShouldBe(expected.Split(',', StringSplitOptions.RemoveEmptyEntries).Order());
        _json.Check(update, original).IsCompatible.ShouldBe(compatible);
    }
}
