using System.Text.Json;

namespace DataSpine.Cli.Registry;

/// <summary>A registry answer: a JSON value, or Confluent's error body (error_code and message).</summary>
internal sealed record RegistryAnswer(JsonElement Value, int? ErrorCode = null, string? Message = null)
{
    public bool IsSuccess => ErrorCode is null;
}
