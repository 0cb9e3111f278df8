namespace DataSpine.Registry.Compatibility.Json;

public enum JsonCombination
{
    AllOf,
    AnyOf,
    OneOf,
}
