using System.Security.Claims;
using DataSpine.Grains.Security;

namespace DataSpine.Api.Security;

/// <summary>Role names on the wire (lower case) and in claims.</summary>
public static class Roles
{
    /// <summary>The claim that carries a caller's DataSpine role, whatever authenticated it.</summary>
    public const string Claim = "dataspine:role";

    public static string Name(Role role) => role.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out Role role)
    {
        role = default;
        return !string.IsNullOrWhiteSpace(text) && !int.TryParse(text, out _)
            && Enum.TryParse(text.Trim(), ignoreCase: true, out role) && Enum.IsDefined(role);
    }

    /// <summary>The highest role among the caller's role claims, or null.</summary>
    public static Role? Of(ClaimsPrincipal user) =>
        user.FindAll(Claim).Select(c => TryParse(c.Value, out var r) ? r : (Role?)null).Max();

    public static IReadOnlyList<string> All { get; } = Enum.GetValues<Role>().Select(Name).ToList();
}
