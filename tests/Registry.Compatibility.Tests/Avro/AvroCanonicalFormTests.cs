using DataSpine.Registry.Compatibility.Avro;

namespace DataSpine.Registry.Compatibility.Tests.Avro;

/// <summary>Parsing Canonical Form vectors (specification, "Parsing Canonical Form for Schemas").</summary>
public class AvroCanonicalFormTests
{
    private readonly AvroFormat _avro = new();

    [Theory]
    [InlineData("'null'", "'null'")]
    [InlineData("{'type':'null'}", "'null'")]
    [InlineData("'boolean'", "'boolean'")]
    [InlineData("{'type':'boolean'}", "'boolean'")]
    [InlineData("{'type':'int'}", "'int'")]
    [InlineData("{'type':'long','logicalType':'timestamp-millis'}", "'long'")]
    [InlineData("{'type':'fixed','name':'Foo','size':1}", "{'name':'Foo','type':'fixed','size':1}")]
    [InlineData("{'type':'fixed','name':'Foo','namespace':'x.y','size':1}", "{'name':'x.y.Foo','type':'fixed','size':1}")]
    [InlineData("{'type':'fixed','name':'a.b.Foo','namespace':'x.y','size':1}", "{'name':'a.b.Foo','type':'fixed','size':1}")]
    [InlineData("{'type':'enum','name':'Foo','symbols':['A1']}", "{'name':'Foo','type':'enum','symbols':['A1']}")]
    [InlineData("{'type':'enum','name':'Foo','namespace':'x.y','symbols':['A1','A2']}", "{'name':'x.y.Foo','type':'enum','symbols':['A1','A2']}")]
    [InlineData("{'name':'Foo','type':'enum','doc':'d','default':'A1','symbols':['A1']}", "{'name':'Foo','type':'enum','symbols':['A1']}")]
    [InlineData("{'type':'array','items':'int'}", "{'type':'array','items':'int'}")]
    [InlineData("{'type':'array','items':{'type':'enum','name':'Foo','symbols':['A1']}}", "{'type':'array','items':{'name':'Foo','type':'enum','symbols':['A1']}}")]
    [InlineData("{'type':'map','values':'int'}", "{'type':'map','values':'int'}")]
    [InlineData("{'values':{'type':'fixed','name':'Foo','size':1},'type':'map'}", "{'type':'map','values':{'name':'Foo','type':'fixed','size':1}}")]
    [InlineData("['int','null']", "['int','null']")]
    [InlineData("{'type':'record','name':'Foo','fields':[{'name':'f1','type':'boolean'}]}", "{'name':'Foo','type':'record','fields':[{'name':'f1','type':'boolean'}]}")]
    [InlineData("{'type':'error','name':'Foo','fields':[{'name':'f1','type':'boolean'}]}", "{'name':'Foo','type':'record','fields':[{'name':'f1','type':'boolean'}]}")]
    [InlineData("{'type':'record','name':'Foo','fields':[{'name':'f1','type':'boolean'},{'name':'f2','type':'int'}]}", "{'name':'Foo','type':'record','fields':[{'name':'f1','type':'boolean'},{'name':'f2','type':'int'}]}")]
    [InlineData("{'type':'record','name':'Foo','namespace':'x.y','fields':[{'name':'f1','type':'boolean'}]}", "{'name':'x.y.Foo','type':'record','fields':[{'name':'f1','type':'boolean'}]}")]
    [InlineData("{'type':'record','name':'a.b.Foo','namespace':'x.y','fields':[{'name':'f1','type':'boolean'}]}", "{'name':'a.b.Foo','type':'record','fields':[{'name':'f1','type':'boolean'}]}")]
    [InlineData("{'type':'record','name':'Foo','doc':'Foo docs','aliases':['Bar'],'fields':[{'name':'f1','type':'boolean','doc':'f','default':true,'order':'ignore','aliases':['g']}]}", "{'name':'Foo','type':'record','fields':[{'name':'f1','type':'boolean'}]}")]
    [InlineData("{'type':'record','name':'Node','fields':[{'name':'label','type':'string'},{'name':'children','type':{'type':'array','items':'Node'}}]}", "{'name':'Node','type':'record','fields':[{'name':'label','type':'string'},{'name':'children','type':{'type':'array','items':'Node'}}]}")]
    [InlineData("{'type':'record','name':'Lisp','fields':[{'name':'value','type':['null','string',{'type':'record','name':'Cons','fields':[{'name':'car','type':'Lisp'},{'name':'cdr','type':'Lisp'}]}]}]}", "{'name':'Lisp','type':'record','fields':[{'name':'value','type':['null','string',{'name':'Cons','type':'record','fields':[{'name':'car','type':'Lisp'},{'name':'cdr','type':'Lisp'}]}]}]}")]
    [InlineData("{'type':'record','name':'HandshakeRequest','namespace':'org.apache.avro.ipc','fields':[{'name':'clientHash','type':{'type':'fixed','name':'MD5','size':16}},{'name':'clientProtocol','type':['null','string']},{'name':'serverHash','type':'MD5'},{'name':'meta','type':['null',{'type':'map','values':'bytes'}]}]}", "{'name':'org.apache.avro.ipc.HandshakeRequest','type':'record','fields':[{'name':'clientHash','type':{'name':'org.apache.avro.ipc.MD5','type':'fixed','size':16}},{'name':'clientProtocol','type':['null','string']},{'name':'serverHash','type':'org.apache.avro.ipc.MD5'},{'name':'meta','type':['null',{'type':'map','values':'bytes'}]}]}")]
    [InlineData("{'type':'record','name':'R','namespace':'outer','fields':[{'name':'i','type':{'type':'record','name':'I','namespace':'','fields':[{'name':'j','type':{'type':'enum','name':'J','symbols':['A']}}]}}]}", "{'name':'outer.R','type':'record','fields':[{'name':'i','type':{'name':'I','type':'record','fields':[{'name':'j','type':{'name':'J','type':'enum','symbols':['A']}}]}}]}")]
    public void parsing_canonical_form_matches_the_specification(string schema, string canonical)
    {
        var parsed = (AvroSchema)_avro.ParseOrThrow(Schemas.Q(schema));

        parsed.ParsingCanonicalForm.ShouldBe(Schemas.Q(canonical));
    }

    [Theory]
    [InlineData("'null'", 7195948357588979594L)]
    [InlineData("{'type':'null'}", 7195948357588979594L)]
    [InlineData("'boolean'", -6970731678124411036L)]
    [InlineData("'int'", 8247732601305521295L)]
    [InlineData("'long'", -3434872931120570953L)]
    [InlineData("'float'", 5583340709985441680L)]
    [InlineData("'double'", -8181574048448539266L)]
    [InlineData("'bytes'", 5746618253357095269L)]
    [InlineData("'string'", -8142146995180207161L)]
    public void rabin_fingerprint_matches_the_specification_vectors(string schema, long fingerprint) =>
        ((AvroSchema)_avro.ParseOrThrow(Schemas.Q(schema))).RabinFingerprint.ShouldBe(fingerprint);

    [Fact]
    public void rabin_fingerprint_of_nothing_is_the_empty_constant() =>
        AvroFingerprint.Rabin64(ReadOnlySpan<byte>.Empty).ShouldBe(unchecked((long)AvroFingerprint.Empty));

    [Theory]
    [InlineData("{'type':'record','name':'R','fields':[{'name':'a','type':'int'}]}", "{ 'fields' : [ { 'type' : 'int', 'name' : 'a' } ],\n 'name' : 'R', 'type' : 'record' }")]
    [InlineData("{'type':'record','name':'R','namespace':'n','fields':[]}", "{'type':'record','name':'n.R','fields':[]}")]
    [InlineData("{'type':'enum','name':'E','symbols':['A'],'x':1,'y':2}", "{'y':2,'symbols':['A'],'x':1,'name':'E','type':'enum'}")]
    [InlineData("{'type':'int'}", "'int'")]
    public void equivalent_texts_share_the_canonical_string_and_fingerprint(string left, string right)
    {
        var a = _avro.ParseOrThrow(Schemas.Q(left));
        var b = _avro.ParseOrThrow(Schemas.Q(right));

        a.CanonicalString.ShouldBe(b.CanonicalString);
        a.Fingerprint.ShouldBe(b.Fingerprint);
    }

    [Theory]
    [InlineData("{'type':'record','name':'R','fields':[{'name':'a','type':'int'}]}", "{'type':'record','name':'R','doc':'changed','fields':[{'name':'a','type':'int'}]}")]
    [InlineData("{'type':'record','name':'R','fields':[{'name':'a','type':'int','default':1}]}", "{'type':'record','name':'R','fields':[{'name':'a','type':'int','default':2}]}")]
    [InlineData("{'type':'record','name':'R','fields':[{'name':'a','type':'int'},{'name':'b','type':'int'}]}", "{'type':'record','name':'R','fields':[{'name':'b','type':'int'},{'name':'a','type':'int'}]}")]
    [InlineData("'int'", "{'type':'int','logicalType':'date'}")]
    public void different_schemas_keep_different_canonical_strings(string left, string right) =>
        _avro.ParseOrThrow(Schemas.Q(left)).CanonicalString.ShouldNotBe(_avro.ParseOrThrow(Schemas.Q(right)).CanonicalString);
}
