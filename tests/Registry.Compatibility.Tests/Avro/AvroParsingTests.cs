using DataSpine.Registry.Compatibility.Avro;

namespace DataSpine.Registry.Compatibility.Tests.Avro;

public class AvroParsingTests
{
    private readonly AvroFormat _avro = new();

    [Theory]
    [InlineData("'string'")]
    [InlineData("{'type':'int','logicalType':'date'}")]
    [InlineData("{'type':'bytes','logicalType':'decimal','precision':4,'scale':2}")]
    [InlineData("{'type':'record','name':'R','namespace':'a.b','doc':'d','aliases':['Old'],'fields':[{'name':'f','type':'int','doc':'x','default':1,'order':'descending','aliases':['g']}]}")]
    [InlineData("{'type':'error','name':'Oops','fields':[{'name':'message','type':'string'}]}")]
    [InlineData("{'type':'enum','name':'E','symbols':['A','B'],'default':'B'}")]
    [InlineData("{'type':'fixed','name':'md5','size':16}")]
    [InlineData("{'type':'array','items':{'type':'map','values':['null','long']}}")]
    [InlineData("['null',{'type':'record','name':'A','fields':[]},{'type':'record','name':'B','fields':[]}]")]
    [InlineData("{'type':'record','name':'R','fields':[{'name':'self','type':['null','R'],'default':null}]}")]
    [InlineData("{'type':'record','name':'R','fields':[{'name':'r','type':{'type':'record','name':'S','fields':[{'name':'x','type':'long','default':5}]},'default':{}}]}")]
    [InlineData("{'type':'record','name':'R','fields':[{'name':'a','type':{'type':'array','items':'int'},'default':[1,2]},{'name':'m','type':{'type':'map','values':'string'},'default':{'k':'v'}}]}")]
    [InlineData("{'type':'record','name':'R','fields':[{'name':'d','type':'double','default':1.5},{'name':'f','type':'float','default':'NaN'},{'name':'b','type':'bytes','default':'\\u00ff'}]}")]
    [InlineData("{'type':'record','name':'R','fields':[{'name':'u','type':['null','string'],'default':'null'}]}")]
    [InlineData("{'type':'record','name':'R','fields':[{'name':'e','type':{'type':'enum','name':'E','symbols':['X','Y']},'default':'Y'}]}")]
    [InlineData("{'type':'record','name':'R','namespace':'n','fields':[{'name':'a','type':{'type':'fixed','name':'F','size':2}},{'name':'b','type':'F'},{'name':'c','type':'n.F'}]}")]
    [InlineData("{'type':'record','name':'R','fields':[{'name':'a','type':'int','custom':{'k':[1,2]}}],'connect.name':'x'}")]
    [InlineData("{'type':'record','name':'_R1','fields':[{'name':'_f_2','type':'boolean','default':true}]}")]
    public void valid_schemas_parse(string schema)
    {
        var result = _avro.Parse(Schemas.Q(schema), []);

        result.IsSuccess.ShouldBeTrue(result.Error?.ToString());
        result.Schema.SchemaType.ShouldBe("AVRO");
    }

    [Theory]
    [InlineData("'strng'", "is not a defined name")]
    [InlineData("{'name':'R','fields':[]}", "No type")]
    [InlineData("{'type':'record','fields':[]}", "No name")]
    [InlineData("{'type':'record','name':'R'}", "Record has no fields")]
    [InlineData("{'type':'record','name':'1R','fields':[]}", "Illegal initial character")]
    [InlineData("{'type':'record','name':'R-S','fields':[]}", "Illegal character")]
    [InlineData("{'type':'record','name':'R','namespace':'a.1b','fields':[]}", "Illegal initial character in namespace")]
    [InlineData("{'type':'record','name':'R','fields':[{'name':'a','type':'int'},{'name':'a','type':'long'}]}", "Duplicate field a")]
    [InlineData("{'type':'record','name':'R','fields':[{'name':'a'}]}", "No field type")]
    [InlineData("{'type':'record','name':'R','fields':[{'type':'int'}]}", "No field name")]
    [InlineData("{'type':'record','name':'R','fields':[{'name':'a','type':'R2'}]}", "\"R2\" is not a defined name")]
    [InlineData("['int','int']", "Duplicate in union")]
    [InlineData("['int',['null','int']]", "Nested union")]
    [InlineData("[{'type':'record','name':'A','fields':[]},{'type':'record','name':'A','fields':[]}]", "Can't redefine: A")]
    [InlineData("{'type':'enum','name':'E','symbols':['A','A']}", "Duplicate enum symbol: A")]
    [InlineData("{'type':'enum','name':'E','symbols':['A','1B']}", "Illegal initial character in enum symbol")]
    [InlineData("{'type':'enum','name':'E','symbols':['A'],'default':'B'}", "The Enum Default: B")]
    [InlineData("{'type':'enum','name':'E'}", "Enum has no symbols")]
    [InlineData("{'type':'fixed','name':'F'}", "Invalid or no size")]
    [InlineData("{'type':'fixed','name':'F','size':-1}", "Invalid or no size")]
    [InlineData("{'type':'array'}", "Array has no items type")]
    [InlineData("{'type':'map'}", "Map has no values type")]
    [InlineData("{'type':'record','name':'R','fields':[{'name':'a','type':'int','default':'x'}]}", "Invalid default for field a")]
    [InlineData("{'type':'record','name':'R','fields':[{'name':'a','type':'int','default':1.5}]}", "Invalid default for field a")]
    [InlineData("{'type':'record','name':'R','fields':[{'name':'a','type':'int','default':3000000000}]}", "Invalid default for field a")]
    [InlineData("{'type':'record','name':'R','fields':[{'name':'a','type':'string','default':null}]}", "Invalid default for field a")]
    [InlineData("{'type':'record','name':'R','fields':[{'name':'a','type':['null','int'],'default':'x'}]}", "Invalid default for field a")]
    [InlineData("{'type':'record','name':'R','fields':[{'name':'a','type':{'type':'enum','name':'E','symbols':['X']},'default':'Y'}]}", "Invalid default for field a")]
    [InlineData("{'type':'record','name':'R','fields':[{'name':'a','type':{'type':'array','items':'int'},'default':['x']}]}", "Invalid default for field a")]
    [InlineData("{'type':'record','name':'R','fields':[{'name':'r','type':{'type':'record','name':'S','fields':[{'name':'x','type':'long'}]},'default':{}}]}", "Invalid default for field r")]
    [InlineData("{'type':'record','name':'R','fields':[{'name':'a','type':'int','order':'sideways'}]}", "Illegal order")]
    [InlineData("{'type':'record','name':'int','fields':[]}", "may not be named after primitives")]
    [InlineData("42", "Not a schema")]
    [InlineData("{'type':'record','name':'R','fields':[{'name':'a','type':'int','default':true}]}", "Invalid default for field a")]
    public void invalid_schemas_are_rejected_with_a_reason(string schema, string reason)
    {
        var result = _avro.Parse(Schemas.Q(schema), []);

        result.IsSuccess.ShouldBeFalse();
        result.Error.Message.ShouldContain(reason);
    }

    [Fact]
    public void json_syntax_error_reports_line_and_column()
    {
        var result = _avro.Parse("{\n  \"type\": \"record\",\n  \"name\" \"R\"\n}", []);

        result.IsSuccess.ShouldBeFalse();
        result.Error.Line.ShouldBe(3);
        result.Error.Column.ShouldNotBeNull();
        result.Error.Message.ShouldStartWith("Invalid schema JSON");
    }

    [Fact]
    public void named_types_from_references_can_be_used()
    {
        var address = new ResolvedReference("com.acme.Address", "address-value", 1,
            Schemas.Q("{'type':'record','name':'Address','namespace':'com.acme','fields':[{'name':'street','type':'string'}]}"));

        var result = _avro.Parse(Schemas.Q("{'type':'record','name':'Customer','namespace':'com.acme','fields':[{'name':'home','type':'Address'},{'name':'work','type':'com.acme.Address'}]}"), [address]);

        result.IsSuccess.ShouldBeTrue(result.Error?.ToString());
        result.Schema.CanonicalString.ShouldNotContain("street");
        ((AvroSchema)result.Schema).ParsingCanonicalForm.ShouldContain("street");
    }

    [Fact]
    public void invalid_reference_is_reported_by_name()
    {
        var broken = new ResolvedReference("Broken", "broken-value", 2, "{");

        var result = _avro.Parse("\"string\"", [broken]);

        result.IsSuccess.ShouldBeFalse();
        result.Error.Message.ShouldContain("Broken");
    }

    [Fact]
    public void names_resolve_in_the_enclosing_namespace()
    {
        var schema = (AvroSchema)_avro.ParseOrThrow(Schemas.Q("{'type':'record','name':'R','namespace':'x','fields':[{'name':'e','type':{'type':'enum','name':'E','symbols':['A']}},{'name':'f','type':'E'}]}"));

        var record = schema.Root.ShouldBeOfType<AvroRecordType>();
        record.Fields[1].Type.ShouldBeSameAs(record.Fields[0].Type);
        ((AvroEnumType)record.Fields[0].Type).FullName.ShouldBe("x.E");
    }

    [Fact]
    public void custom_properties_and_logical_types_are_kept()
    {
        var schema = (AvroSchema)_avro.ParseOrThrow(Schemas.Q("{'type':'record','name':'R','fields':[{'name':'d','type':{'type':'bytes','logicalType':'decimal','precision':4,'scale':2}}],'owner':'team-a'}"));

        var record = schema.Root.ShouldBeOfType<AvroRecordType>();
        record.Properties.ShouldContain(p => p.Key == "owner");
        record.Fields[0].Type.LogicalType.ShouldBe("decimal");
        schema.CanonicalString.ShouldContain("\"owner\":\"team-a\"");
        schema.CanonicalString.ShouldContain("\"precision\":4");
    }
}
