using DataSpine.Policies.Evaluation;
using DataSpine.Policies.Language;

namespace DataSpine.Policies.BuiltIn;

/// <summary>
/// The roles of issue 17 as policies, so the same evaluator answers for roles and for users' rules:
/// viewer reads; steward also annotates and approves; engineer also writes, scans and ingests; admin may do
/// anything. Anonymous callers read only when the node is configured for it.
/// </summary>
public static class RolePolicies
{
    public static IReadOnlyList<Policy> Create(bool anonymousReads)
    {
        var documents = new List<PolicyDocument?>
        {
            Allow("builtin:viewer", "viewers and above read the catalog, samples included unless a policy denies read-sample",
                [PolicyActions.Read, PolicyActions.ReadSample], [PolicyRoles.Viewer, PolicyRoles.Steward, PolicyRoles.Engineer, PolicyRoles.Admin]),
            Allow("builtin:steward", "stewards and above annotate (glossary, classifications, descriptions) and approve",
                [PolicyActions.Annotate, PolicyActions.Approve], [PolicyRoles.Steward, PolicyRoles.Engineer, PolicyRoles.Admin]),
            Allow("builtin:engineer", "engineers and admins write sources and schemas, scan, and ingest lineage",
                [PolicyActions.Write, PolicyActions.Scan, PolicyActions.Ingest], [PolicyRoles.Engineer, PolicyRoles.Admin]),
            Allow("builtin:admin", "admins may do anything no deny rule forbids", [PolicyActions.Any], [PolicyRoles.Admin]),
        };
        if (anonymousReads)
        {
            documents.Add(Allow("builtin:anonymous-read", "anonymous reads are on (Auth:AnonymousReads)", [PolicyActions.Read], [PolicyRoles.Anonymous]));
        }

        var result = PolicyParser.Compile(documents);
        return result.Ok ? result.Policies : throw new InvalidOperationException(result.Errors[0].Message);
    }

    private static PolicyDocument Allow(string id, string description, IReadOnlyList<string> actions, IReadOnlyList<string> roles) =>
        new(id, description, PolicyDecision.Allow, actions, roles, null, null);
}
