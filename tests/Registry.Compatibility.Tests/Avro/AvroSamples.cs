namespace DataSpine.Registry.Compatibility.Tests.Avro;

/// <summary>
/// Schemas named after the Java reference implementation's TestSchemas: A_INT_RECORD1 is record1
/// with an int field a; D marks a field with a default.
/// </summary>
internal static class AvroSamples
{
    public const string NullType = "'null'";
    public const string BooleanType = "'boolean'";
    public const string IntType = "'int'";
    public const string LongType = "'long'";
    public const string FloatType = "'float'";
    public const string DoubleType = "'double'";
    public const string BytesType = "'bytes'";
    public const string StringType = "'string'";
    public const string IntArray = "{'type':'array','items':'int'}";
    public const string LongArray = "{'type':'array','items':'long'}";
    public const string StringArray = "{'type':'array','items':'string'}";
    public const string IntMap = "{'type':'map','values':'int'}";
    public const string LongMap = "{'type':'map','values':'long'}";
    public const string Enum1Ab = "{'type':'enum','name':'Enum1','symbols':['A','B']}";
    public const string Enum1Abc = "{'type':'enum','name':'Enum1','symbols':['A','B','C']}";
    public const string Enum1Bc = "{'type':'enum','name':'Enum1','symbols':['B','C']}";
    public const string Enum2Ab = "{'type':'enum','name':'Enum2','symbols':['A','B']}";
    public const string Enum1AbDefaultA = "{'type':'enum','name':'Enum1','symbols':['A','B'],'default':'A'}";
    public const string Enum1AbAliasEnum2 = "{'type':'enum','name':'Enum1','aliases':['Enum2'],'symbols':['A','B']}";
    public const string EmptyUnion = "[]";
    public const string NullUnion = "['null']";
    public const string IntUnion = "['int']";
    public const string LongUnion = "['long']";
    public const string FloatUnion = "['float']";
    public const string DoubleUnion = "['double']";
    public const string StringUnion = "['string']";
    public const string BytesUnion = "['bytes']";
    public const string IntStringUnion = "['int','string']";
    public const string StringIntUnion = "['string','int']";
    public const string IntFloatUnion = "['int','float']";
    public const string NullStringUnion = "['null','string']";
    public const string EmptyRecord1 = "{'type':'record','name':'Record1','fields':[]}";
    public const string EmptyRecord2 = "{'type':'record','name':'Record2','fields':[]}";
    public const string AIntRecord1 = "{'type':'record','name':'Record1','fields':[{'name':'a','type':'int'}]}";
    public const string ALongRecord1 = "{'type':'record','name':'Record1','fields':[{'name':'a','type':'long'}]}";
    public const string AIntBIntRecord1 = "{'type':'record','name':'Record1','fields':[{'name':'a','type':'int'},{'name':'b','type':'int'}]}";
    public const string ADIntRecord1 = "{'type':'record','name':'Record1','fields':[{'name':'a','type':'int','default':0}]}";
    public const string AIntBDIntRecord1 = "{'type':'record','name':'Record1','fields':[{'name':'a','type':'int'},{'name':'b','type':'int','default':0}]}";
    public const string ADIntBDIntRecord1 = "{'type':'record','name':'Record1','fields':[{'name':'a','type':'int','default':0},{'name':'b','type':'int','default':0}]}";
    public const string Record1WithAlias = "{'type':'record','name':'Renamed','aliases':['Record1'],'fields':[{'name':'a','type':'int'}]}";
    public const string IntListRecord = "{'type':'record','name':'List','fields':[{'name':'head','type':'int'},{'name':'tail','type':['null','List']}]}";
    public const string LongListRecord = "{'type':'record','name':'List','fields':[{'name':'head','type':'long'},{'name':'tail','type':['null','List']}]}";
    public const string Fixed4 = "{'type':'fixed','name':'Fixed','size':4}";
    public const string Fixed8 = "{'type':'fixed','name':'Fixed','size':8}";
    public const string OtherFixed4 = "{'type':'fixed','name':'Other','size':4}";
    public const string NsRecord1 = "{'type':'record','name':'R','namespace':'ns1','fields':[{'name':'f','type':{'type':'record','name':'Inner','fields':[{'name':'a','type':'int'}]}}]}";
    public const string NsRecord2 = "{'type':'record','name':'R','namespace':'ns2','fields':[{'name':'f','type':{'type':'record','name':'Inner','fields':[{'name':'a','type':'int'}]}}]}";
    public const string DecimalBytes = "{'type':'bytes','logicalType':'decimal','precision':4,'scale':2}";
    public const string DecimalBytesWider = "{'type':'bytes','logicalType':'decimal','precision':10,'scale':4}";
    public const string TimestampMillis = "{'type':'long','logicalType':'timestamp-millis'}";
    public const string DateInt = "{'type':'int','logicalType':'date'}";
}
