namespace DataSpine.Registry.Compatibility.Protobuf;

internal enum ProtoTokenKind
{
    Identifier,
    Integer,
    Float,
    String,
    Symbol,
    End,
}

internal readonly record struct ProtoToken(ProtoTokenKind Kind, string Text, int Line, int Column)
{
    public bool Is(string symbolOrWord) => Kind is ProtoTokenKind.Symbol or ProtoTokenKind.Identifier && Text == symbolOrWord;

    public override string ToString() => Kind == ProtoTokenKind.End ? "end of input" : $"\"{Text}\"";
}
