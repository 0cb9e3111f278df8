namespace DataSpine.Policies.Language;

/// <summary>The roles a principal can hold (issue 17). <c>anonymous</c> is the role of a caller with no credentials.</summary>
public static class PolicyRoles
{
    public const string Anonymous = "anonymous";
    public const string Viewer = "viewer";
    public const string Steward = "steward";
    public const string Engineer = "engineer";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Anonymous, Viewer, Steward, Engineer, Admin];
}
