using System.Text.Json;
using DataSpine.Grains.Registry;
using Microsoft.Net.Http.Headers;

namespace DataSpine.Api.Registry;

/// <summary>
/// Reads a bounded JSON body before anything touches a grain: wrong content type → 415, too large →
/// 413, not JSON → 400 (error_code 400), JSON of the wrong shape → 422 (error_code 422), like
/// Confluent's Jackson exception mappers.
/// </summary>
internal static class RegistryBody
{
    public static async Task<(T? Body, IResult? Error)> ReadAsync<T>(HttpContext http)
        where T : class
    {
        var request = http.Request;
        if (request.ContentType is { Length: > 0 } contentType
            && (!MediaTypeHeaderValue.TryParse(contentType, out var media)
                || !RegistryHttp.AcceptedContentTypes.Contains(media.MediaType.Value, StringComparer.OrdinalIgnoreCase)))
        {
            return (null, RegistryEndpoints.UnsupportedMediaType());
        }

        if (request.ContentLength > RegistryHttp.MaxBodyBytes)
        {
            return (null, TooLarge());
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
            {
                if (buffer.Length + read > RegistryHttp.MaxBodyBytes)
                {
                    return (null, TooLarge());
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's own body limit (Api:MaxRequestBodyBytes) or a broken chunked body.
            return (null, e.StatusCode == StatusCodes.Status413PayloadTooLarge ? TooLarge() : RegistryHttp.Error(400, e.Message));
        }
        catch (InvalidDataException)
        {
            return (null, RegistryHttp.Error(400, "The request body is not valid for its Content-Encoding"));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            return (null, RegistryHttp.Error(400, $"Malformed JSON: {e.Message}"));
        }

        using (document)
        {
            try
            {
                return document.Deserialize<T>(RegistryHttp.Json) is { } body
                    ? (body, null)
                    : (null, RegistryHttp.Error(422, "The request body must be a JSON object"));
            }
            catch (JsonException e)
            {
                return (null, RegistryHttp.Error(422, $"Unrecognized JSON: {e.Message}"));
            }
        }
    }

    /// <summary>Turns a body into the grain's input; a missing schema is 42201 as in Confluent.</summary>
    public static SchemaInput? ToInput(SchemaBody body, bool normalize, out IResult? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(body.Schema))
        {
            error = RegistryHttp.Error(RegistryErrorCodes.InvalidSchema, "Empty schema");
            return null;
        }

        var references = new List<SchemaReference>();
        foreach (var reference in body.References ?? [])
        {
            if (reference is not { Name.Length: > 0, Subject.Length: > 0 })
            {
                error = RegistryHttp.Error(RegistryErrorCodes.InvalidSchema, "Invalid schema: a reference needs a name, a subject and a version");
                return null;
            }

            references.Add(new SchemaReference(reference.Name, reference.Subject, reference.Version ?? -1));
        }

        return new SchemaInput(body.Schema, body.SchemaType, references, normalize);
    }

    private static IResult TooLarge() =>
        RegistryHttp.Error(413, $"The request body is larger than {RegistryHttp.MaxBodyBytes} bytes");
}
