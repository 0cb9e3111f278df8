using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace DataSpine.Api.Security;

/// <summary>
/// OpenID Connect / JWT bearer tokens (Microsoft.AspNetCore.Authentication.JwtBearer). The token's subject is
/// the caller's name; its role claim values map to DataSpine roles through Auth:Jwt:RoleMap (the highest wins).
/// </summary>
internal static class JwtSetup
{
    public const string Scheme = "Jwt";

    /// <summary>A compact JWS: three base64url parts, the header starting with '{"'.</summary>
    public static bool LooksLikeJwt(string token) => token.StartsWith("eyJ", StringComparison.Ordinal) && token.Count(c => c == '.') == 2;

    public static AuthenticationBuilder AddDataSpineJwt(this AuthenticationBuilder authentication, JwtSettings jwt) =>
        authentication.AddJwtBearer(Scheme, o =>
        {
            o.MapInboundClaims = false;
            o.Authority = jwt.Authority;
            o.Audience = jwt.Audience;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                NameClaimType = "sub",
                ValidIssuer = jwt.Issuer ?? jwt.Authority,
                ValidateIssuer = (jwt.Issuer ?? jwt.Authority) is not null,
                ValidAudience = jwt.Audience,
                ValidateAudience = jwt.Audience is not null,
                IssuerSigningKeys = jwt.SigningKeys.Select(k => new SymmetricSecurityKey(Convert.FromBase64String(k))).ToList(),
            };
            o.Events = new JwtBearerEvents
            {
                OnTokenValidated = context =>
                {
                    var roles = context.Principal!.FindAll(jwt.RoleClaim)
                        .Select(c => jwt.RoleMap.Count == 0 ? c.Value : jwt.RoleMap.GetValueOrDefault(c.Value))
                        .Where(name => Roles.TryParse(name, out _))
                        .Select(name => new Claim(Roles.Claim, name!.Trim().ToLowerInvariant()));
                    context.Principal.AddIdentity(new ClaimsIdentity(roles));
                    return Task.CompletedTask;
                },
                OnAuthenticationFailed = context =>
                {
                    context.HttpContext.Items[ApiKeyAuthenticationHandler.FailureItem] = "The bearer token is not valid (signature, issuer, audience or lifetime).";
                    return Task.CompletedTask;
                },
            };
        });
}
