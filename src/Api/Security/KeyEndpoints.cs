using DataSpine.Api.Catalog;
using DataSpine.Api.Errors;
using DataSpine.Api.Policies;
using DataSpine.Grains.Security;
using DataSpine.Policies.Language;

namespace DataSpine.Api.Security;

/// <summary>API keys (admin only) and the caller's own identity.</summary>
public static class KeyEndpoints
{
    private const int MaxNameLength = 200;

    public static RouteGroupBuilder MapKeyEndpoints(this RouteGroupBuilder api)
    {
        var keys = api.MapGroup("/keys").WithTags("Keys").Allow(Role.Admin).Guard(PolicyActions.Admin, "key");
        keys.MapPost("", CreateAsync).WithName("CreateKey").WithSummary("Create an API key; its text is in this answer only (stored hashed).");
        keys.MapGet("", ListAsync).WithName("ListKeys").WithSummary("Every key with its role, expiry, last use and revocation; never a secret.");
        keys.MapDelete("/{id}", RevokeAsync).WithName("RevokeKey").WithSummary("Revoke a key: refused on every node within Auth:KeyCacheDuration (10 s).");
        api.MapGet("/me", Me).WithTags("Keys").WithName("GetCaller").WithSummary("Who the caller is and its role.").Allow(Role.Viewer);
        return api;
    }

    private static async Task<Results<Created<CreatedKey>, ProblemHttpResult>> CreateAsync(KeyRequest request, IGrainFactory grains, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > MaxNameLength)
        {
            return ApiProblem.BadRequest(KeyErrors.InvalidKey, $"name is required and at most {MaxNameLength} characters.");
        }

        if (!Roles.TryParse(request.Role, out var role))
        {
            return ApiProblem.BadRequest(KeyErrors.InvalidKey, $"role must be one of {string.Join(", ", Roles.All)}.");
        }

        if (request.ExpiresAt is { } expires && expires <= now)
        {
            return ApiProblem.BadRequest(KeyErrors.InvalidKey, "expiresAt must be in the future.");
        }

        var (id, text) = ApiKeyText.Generate();
        var credential = new ApiKeyCredential(id, name, role, ApiKeyHasher.Hash(ApiKeyText.Parse(text).Secret), now, request.ExpiresAt, null, false);
        if (!await grains.GetGrain<IApiKeyRingGrain>("all").AddAsync(credential))
        {
            throw new InvalidOperationException("A freshly generated key id was taken.");
        }

        return TypedResults.Created($"/api/v1/keys/{id}", new CreatedKey(id, text, name, Roles.Name(role), now, request.ExpiresAt));
    }

    private static async Task<Ok<Page<KeyView>>> ListAsync(IGrainFactory grains)
    {
        var keys = await grains.GetGrain<IApiKeyRingGrain>("all").ListAsync();
        return TypedResults.Ok(new Page<KeyView>(keys.Count, keys.Select(KeyView.From).ToList(), null));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(string id, IGrainFactory grains, ApiKeyVerifier verifier)
    {
        if (!await grains.GetGrain<IApiKeyRingGrain>("all").RevokeAsync(id))
        {
            return ApiProblem.NotFound(KeyErrors.KeyNotFound, $"No API key '{id}'.");
        }

        verifier.Forget(id);
        return TypedResults.NoContent();
    }

    private static Ok<Caller> Me(HttpContext http)
    {
        var user = http.User;
        var role = Roles.Of(user);
        return user.Identity?.IsAuthenticated == true
            ? TypedResults.Ok(new Caller(user.Identity.Name, user.FindFirst("dataspine:key_name")?.Value ?? user.FindFirst("name")?.Value ?? user.Identity.Name,
                role is { } r ? Roles.Name(r) : null, true))
            : TypedResults.Ok(new Caller(null, null, Roles.Name(Role.Viewer), false));
    }
}
