namespace DataSpine.Grains.Registry;

/// <summary>An expected registry failure with Confluent's error code (40401, 42201, 409, ...).</summary>
[GenerateSerializer, Immutable, Alias("ds.registry.RegistryError")]
public sealed record RegistryError(int Code, string Message);

/// <summary>A registry answer: a value, or an expected failure (never an exception across the grain boundary).</summary>
[GenerateSerializer, Immutable, Alias("ds.registry.RegistryResult`1")]
public sealed record RegistryResult<T>(T? Value, RegistryError? Error)
{
    public bool IsSuccess => Error is null;
}

/// <summary>Builds <see cref="RegistryResult{T}"/> values.</summary>
public static class RegistryResult
{
    public static RegistryResult<T> Ok<T>(T value) => new(value, null);

    public static RegistryResult<T> Fail<T>(int code, string message) => new(default, new RegistryError(code, message));

    public static RegistryResult<T> Fail<T>(RegistryError error) => new(default, error);
}
