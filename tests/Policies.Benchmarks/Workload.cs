using DataSpine.Policies.Evaluation;
using DataSpine.Policies.Language;

/// <summary>
/// A catalog's worth of rules: per-domain steward approvals, tag and classification denies, region limits
/// for scans, owner rules; requests over the same vocabulary so that many rules are candidates.
/// </summary>
internal static class Workload
{
    private static readonly string[] Types = ["asset", "column", "source", "glossary-term", "registry-subject"];
    private static readonly string[] Roles = ["viewer", "steward", "engineer", "admin"];
    private static readonly string[] Regions = ["eu", "us", "uk", "apac"];
    private static readonly string[] Classes = ["EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "PERSON_NAME", "ADDRESS"];
    private static readonly string[] Tags = [.. Enumerable.Range(0, 40).Select(i => $"tag{i}")];
    private static readonly string[] Domains = [.. Enumerable.Range(0, 50).Select(i => $"domain{i}")];

    public static PolicyDocument Policy(Random random, int index)
    {
        var domain = Pick(random, Domains);
        return (index % 5) switch
        {
            0 => new($"approve-{index}", null, "allow", ["approve", "annotate"], ["steward"], ["glossary-term"],
                [When("principal.claims.domains", "in", domain), When("resource.domain", "equals", domain)]),
            1 => new($"deny-tag-{index}", null, "deny", ["delete", "write"], null, ["registry-subject", "asset"],
                [When("resource.tag", "contains", Pick(random, Tags))]),
            2 => new($"samples-{index}", null, "deny", ["read-sample"], null, null,
                [When("resource.classification", "in", Pick(random, Classes), Pick(random, Classes)), When("resource.domain", "equals", domain), When("principal.role", "notIn", "admin", "steward")]),
            3 => new($"region-{index}", null, "deny", ["scan"], ["engineer"], ["source"],
                [When("resource.region", "notIn", Pick(random, Regions)), When("resource.domain", "equals", domain)]),
            _ => new($"owner-{index}", null, "allow", ["annotate", "write"], null, ["asset", "column"],
                [When("resource.owner", "in", $"user{random.Next(200)}"), When("resource.domain", "equals", domain)]),
        };
    }

    public static PolicyRequest Request(Random random)
    {
        var domain = Pick(random, Domains);
        var resource = PolicyResource.Of(
            ("type", Pick(random, Types)), ("domain", domain), ("tag", Pick(random, Tags)), ("tag", Pick(random, Tags)),
            ("classification", Pick(random, Classes)), ("region", Pick(random, Regions)), ("owner", $"user{random.Next(200)}"));
        var claims = new Dictionary<string, IReadOnlyList<string>> { ["domains"] = [domain, Pick(random, Domains)] };
        return new PolicyRequest(new PolicyPrincipal(Pick(random, Roles), $"key{random.Next(100)}", null, claims), Pick(random, PolicyActions.All), resource);
    }

    private static ConditionDocument When(string attribute, string op, params string[] values) =>
        new(attribute, op, new StringOrList(values, IsList: values.Length > 1), null);

    private static string Pick(Random random, IReadOnlyList<string> values) => values[random.Next(values.Count)];
}
