using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DataSpine.Silo.Tests.Security;

/// <summary>
/// Tokens from the organisation's identity provider, signed here with a key of the test's own (no network):
/// the "groups" claim maps to roles through Auth:Jwt:RoleMap, the highest wins, the subject names the caller.
/// </summary>
public sealed class JwtTests
{
    private const string Issuer = "https://idp.example.test";
    private const string Audience = "dataspine";

    private static readonly byte[] SigningKey = RandomNumberGenerator.GetBytes(32);

    private static NodeFactory Node() => NodeFactory.Sqlite(
        ("Auth:Jwt:Issuer", Issuer),
        ("Auth:Jwt:Audience", Audience),
        ("Auth:Jwt:SigningKeys:0", Convert.ToBase64String(SigningKey)),
        ("Auth:Jwt:RoleClaim", "groups"),
        ("Auth:Jwt:RoleMap:analysts", "viewer"),
        ("Auth:Jwt:RoleMap:data-engineers", "engineer"));

    [Fact]
    public async Task a_token_gets_the_highest_role_its_groups_map_to_and_its_subject_as_name()
    {
        await using var node = Node();
        var client = node.CreateClient().WithKey(Token("alice", ["analysts", "data-engineers", "unmapped"]));

        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        var write = await client.PostAsJsonAsync("/api/v1/sources", new { });
        var delete = await client.DeleteAsync("/api/v1/sources/anything");

        me.GetProperty("id").GetString().ShouldBe("alice");
        me.GetProperty("role").GetString().ShouldBe("engineer");
        write.StatusCode.ShouldBe(HttpStatusCode.BadRequest, "allowed, and the empty source is then invalid");
        delete.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task a_viewer_token_reads_but_cannot_write_and_a_token_without_a_mapped_group_reads_nothing()
    {
        await using var node = Node();
        var analyst = node.CreateClient().WithKey(Token("bob", ["analysts"]));
        var outsider = node.CreateClient().WithKey(Token("eve", ["marketing"]));

        (await analyst.GetAsync("/api/v1/sources")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await analyst.PostAsJsonAsync("/api/v1/sources", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await outsider.GetAsync("/api/v1/sources")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task expired_foreign_or_misaddressed_tokens_are_refused_with_401()
    {
        await using var node = Node();
        var now = DateTime.UtcNow;
        string[] tokens =
        [
            Token("alice", ["data-engineers"], notBefore: now.AddHours(-2), expires: now.AddHours(-1)),
            Token("alice", ["data-engineers"], key: RandomNumberGenerator.GetBytes(32)),
            Token("alice", ["data-engineers"], audience: "another-service"),
            Token("alice", ["data-engineers"], issuer: "https://elsewhere.test"),
        ];

        foreach (var token in tokens)
        {
            var response = await node.CreateClient().WithKey(token).GetAsync("/api/v1/sources");
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, token);
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("unauthenticated");
        }

        (await node.CreateClient().GetAsync("/api/v1/sources")).StatusCode.ShouldBe(HttpStatusCode.OK, "API keys still work beside tokens");
    }

    private static string Token(string subject, string[] groups, byte[]? key = null, string audience = Audience, string issuer = Issuer,
        DateTime? notBefore = null, DateTime? expires = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore ?? DateTime.UtcNow.AddMinutes(-1),
            IssuedAt = notBefore ?? DateTime.UtcNow.AddMinutes(-1),
            Expires = expires ?? DateTime.UtcNow.AddMinutes(10),
            Claims = new Dictionary<string, object> { ["sub"] = subject, ["groups"] = groups },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key ?? SigningKey), SecurityAlgorithms.HmacSha256),
        });
}
