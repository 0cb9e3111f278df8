using DataSpine.Registry.Compatibility.Avro;
using static DataSpine.Registry.Compatibility.Tests.Avro.AvroSamples;

namespace DataSpine.Registry.Compatibility.Tests.Avro;

/// <summary>Reader/writer pairs from the specification's "Schema Resolution" rules.</summary>
public class AvroSchemaResolutionTests
{
    private readonly AvroFormat _avro = new();

    public static TheoryData<string, string> CompatiblePairs => new()
    {
        { NullType, NullType },
        { BooleanType, BooleanType },
        { IntType, IntType },
        { LongType, IntType },
        { LongType, LongType },
        { FloatType, IntType },
        { FloatType, LongType },
        { FloatType, FloatType },
        { DoubleType, IntType },
        { DoubleType, LongType },
        { DoubleType, FloatType },
        { DoubleType, DoubleType },
        { StringType, StringType },
        { BytesType, BytesType },
        { StringType, BytesType },
        { BytesType, StringType },
        { IntArray, IntArray },
        { LongArray, IntArray },
        { IntMap, IntMap },
        { LongMap, IntMap },
        { Enum1Ab, Enum1Ab },
        { Enum1Abc, Enum1Ab },
        { Enum1AbDefaultA, Enum1Abc },
        { Enum1AbAliasEnum2, Enum2Ab },
        { EmptyUnion, EmptyUnion },
        { IntUnion, IntUnion },
        { IntStringUnion, StringIntUnion },
        { IntUnion, EmptyUnion },
        { LongUnion, IntUnion },
        { FloatUnion, IntUnion },
        { FloatUnion, LongUnion },
        { DoubleUnion, IntUnion },
        { DoubleUnion, LongUnion },
        { DoubleUnion, FloatUnion },
        { StringUnion, BytesUnion },
        { BytesUnion, StringUnion },
        { IntType, IntUnion },
        { IntUnion, IntType },
        { NullStringUnion, StringType },
        { NullStringUnion, NullType },
        { IntFloatUnion, LongType },
        { EmptyRecord1, EmptyRecord1 },
        { EmptyRecord1, AIntRecord1 },
        { AIntRecord1, AIntRecord1 },
        { ADIntRecord1, AIntRecord1 },
        { ADIntRecord1, ADIntRecord1 },
        { AIntRecord1, ADIntRecord1 },
        { ALongRecord1, AIntRecord1 },
        { AIntRecord1, AIntBIntRecord1 },
        { ADIntRecord1, AIntBIntRecord1 },
        { AIntBDIntRecord1, AIntRecord1 },
        { ADIntBDIntRecord1, EmptyRecord1 },
        { ADIntBDIntRecord1, AIntRecord1 },
        { ADIntBDIntRecord1, AIntBIntRecord1 },
        { Record1WithAlias, AIntRecord1 },
        { IntListRecord, IntListRecord },
        { LongListRecord, LongListRecord },
        { LongListRecord, IntListRecord },
        { Fixed4, Fixed4 },
        { NsRecord1, NsRecord2 },
        { DecimalBytes, DecimalBytesWider },
        { LongType, TimestampMillis },
        { TimestampMillis, DateInt },
        { StringType, DecimalBytes },
    };

    public static TheoryData<string, string> IncompatiblePairs => new()
    {
        { NullType, IntType },
        { BooleanType, IntType },
        { IntType, NullType },
        { IntType, BooleanType },
        { IntType, LongType },
        { IntType, FloatType },
        { IntType, DoubleType },
        { LongType, FloatType },
        { LongType, DoubleType },
        { FloatType, DoubleType },
        { StringType, BooleanType },
        { StringType, IntType },
        { BytesType, NullType },
        { BytesType, IntType },
        { IntArray, LongArray },
        { IntMap, IntArray },
        { IntArray, IntMap },
        { IntMap, LongMap },
        { Enum1Ab, Enum1Abc },
        { Enum1Bc, Enum1Abc },
        { Enum1Ab, Enum2Ab },
        { IntType, Enum2Ab },
        { Enum2Ab, IntType },
        { IntUnion, IntStringUnion },
        { StringUnion, IntStringUnion },
        { EmptyUnion, IntUnion },
        { IntType, IntFloatUnion },
        { NullType, NullStringUnion },
        { EmptyRecord2, EmptyRecord1 },
        { AIntRecord1, EmptyRecord1 },
        { AIntBDIntRecord1, EmptyRecord1 },
        { IntListRecord, LongListRecord },
        { Fixed4, Fixed8 },
        { Fixed4, OtherFixed4 },
        { IntType, TimestampMillis },
        { DateInt, TimestampMillis },
        { IntArray, IntType },
        { Fixed4, BytesType },
    };

    [Theory]
    [MemberData(nameof(CompatiblePairs))]
    public void reader_can_read_writer(string reader, string writer) =>
        _avro.Compatible(Schemas.Q(reader), Schemas.Q(writer)).ShouldBeTrue();

    [Theory]
    [MemberData(nameof(IncompatiblePairs))]
    public void reader_cannot_read_writer(string reader, string writer)
    {
        var result = _avro.Check(_avro.ParseOrThrow(Schemas.Q(reader)), _avro.ParseOrThrow(Schemas.Q(writer)));

        result.IsCompatible.ShouldBeFalse();
        result.Messages.ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData(AIntRecord1, EmptyRecord1, "READER_FIELD_MISSING_DEFAULT_VALUE", "/fields/0")]
    [InlineData(IntType, LongType, "TYPE_MISMATCH", "/")]
    [InlineData(FloatType, "['int','long','float','double']", "TYPE_MISMATCH", "/")]
    [InlineData(AIntRecord1, IntType, "TYPE_MISMATCH", "/")]
    [InlineData(IntUnion, "['int','long','float','double']", "MISSING_UNION_BRANCH", "/3")]
    [InlineData(IntUnion, "['int',{'type':'record','name':'Record1','fields':[{'name':'field1','type':'int'}]}]", "MISSING_UNION_BRANCH", "/1")]
    [InlineData("{'type':'record','name':'R','fields':[{'name':'a','type':'int','default':0},{'name':'b','type':['int','null'],'default':0}]}", "{'type':'record','name':'R','fields':[{'name':'a','type':'int','default':0},{'name':'b','type':['int','null','string'],'default':0}]}", "MISSING_UNION_BRANCH", "/fields/1/type/2")]
    [InlineData(ALongRecord1, "{'type':'record','name':'Record1','fields':[{'name':'a','type':'string'}]}", "TYPE_MISMATCH", "/fields/0/type")]
    [InlineData(Enum1Ab, Enum1Abc, "MISSING_ENUM_SYMBOLS", "/symbols")]
    [InlineData(Enum1Ab, Enum2Ab, "NAME_MISMATCH", "/name")]
    [InlineData(Fixed4, Fixed8, "FIXED_SIZE_MISMATCH", "/size")]
    [InlineData(IntUnion, IntStringUnion, "MISSING_UNION_BRANCH", "/1")]
    [InlineData(IntArray, LongArray, "TYPE_MISMATCH", "/items")]
    [InlineData(IntMap, LongMap, "TYPE_MISMATCH", "/values")]
    public void incompatibility_names_its_kind_and_location(string reader, string writer, string errorType, string location)
    {
        var result = _avro.Check(_avro.ParseOrThrow(Schemas.Q(reader)), _avro.ParseOrThrow(Schemas.Q(writer)));

        result.Messages.ShouldContain(m => m.Contains($"errorType:'{errorType}'") && m.Contains($"'{location}'"));
    }

    [Fact]
    public void missing_enum_symbols_are_listed()
    {
        var result = _avro.Check(_avro.ParseOrThrow(Schemas.Q(Enum1Ab)), _avro.ParseOrThrow(Schemas.Q(Enum1Abc)));

        result.Messages.ShouldHaveSingleItem().ShouldContain("additionalInfo:'[C]'");
    }

    [Fact]
    public void every_incompatible_field_is_reported()
    {
        const string reader = "{'type':'record','name':'R','fields':[{'name':'a','type':'int'},{'name':'b','type':'int'},{'name':'c','type':'string'}]}";
        const string writer = "{'type':'record','name':'R','fields':[{'name':'a','type':'string'}]}";

        var result = _avro.Check(_avro.ParseOrThrow(Schemas.Q(reader)), _avro.ParseOrThrow(Schemas.Q(writer)));

        result.Messages.Count.ShouldBe(3);
    }

    [Fact]
    public void reader_alias_matches_renamed_field()
    {
        const string writer = "{'type':'record','name':'R','fields':[{'name':'old','type':'int'}]}";
        const string reader = "{'type':'record','name':'R','fields':[{'name':'renamed','type':'long','aliases':['old']}]}";

        _avro.Compatible(Schemas.Q(reader), Schemas.Q(writer)).ShouldBeTrue();
        _avro.Compatible(Schemas.Q(writer), Schemas.Q(reader)).ShouldBeFalse();
    }

    [Fact]
    public void mutually_recursive_records_terminate()
    {
        const string tree = "{'type':'record','name':'Tree','fields':[{'name':'value','type':'int'},{'name':'children','type':{'type':'array','items':{'type':'record','name':'Node','fields':[{'name':'tree','type':'Tree'},{'name':'next','type':['null','Node']}]}}}]}";
        const string longTree = "{'type':'record','name':'Tree','fields':[{'name':'value','type':'long'},{'name':'children','type':{'type':'array','items':{'type':'record','name':'Node','fields':[{'name':'tree','type':'Tree'},{'name':'next','type':['null','Node']}]}}}]}";

        _avro.Compatible(Schemas.Q(longTree), Schemas.Q(tree)).ShouldBeTrue();
        _avro.Compatible(Schemas.Q(tree), Schemas.Q(longTree)).ShouldBeFalse();
    }

    [Fact]
    public void nested_record_in_union_is_resolved_by_name()
    {
        const string writer = "{'type':'record','name':'Outer','fields':[{'name':'x','type':['null',{'type':'record','name':'In','fields':[{'name':'a','type':'int'}]}]}]}";
        const string reader = "{'type':'record','name':'Outer','fields':[{'name':'x','type':['null',{'type':'record','name':'In','fields':[{'name':'a','type':'int'},{'name':'b','type':'string'}]}]}]}";

        _avro.Compatible(Schemas.Q(reader), Schemas.Q(writer)).ShouldBeFalse();
        _avro.Compatible(Schemas.Q(writer), Schemas.Q(reader)).ShouldBeTrue();
    }
}
