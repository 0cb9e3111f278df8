using DataSpine.Policies.Evaluation;
using static DataSpine.Policies.Tests.Evaluation.Policies;

namespace DataSpine.Policies.Tests.Evaluation;

/// <summary>The four rules issue 19 says the language must express, each checked both ways.</summary>
public sealed class IssueExampleTests
{
    [Fact]
    public void stewards_of_domain_finance_may_approve_terms_in_finance()
    {
        var set = Set("""
            {"id": "finance-stewards-approve", "effect": "allow", "actions": ["approve"], "resourceTypes": ["glossary-term"],
             "when": [{"attribute": "principal.claims.domains", "op": "in", "value": "Finance"},
                      {"attribute": "resource.domain", "op": "equals", "value": "Finance"}]}
            """, builtIns: false);
        var financeTerm = PolicyResource.Of(("type", "glossary-term"), ("domain", "Finance"));

        set.Evaluate(Ask("steward", "approve", financeTerm, ("domains", "Finance"))).Rule.ShouldBe("finance-stewards-approve");
        set.Evaluate(Ask("steward", "approve", financeTerm, ("domains", "Marketing"))).Decision.ShouldBe("deny");
        set.Evaluate(Ask("steward", "approve", PolicyResource.Of(("type", "glossary-term"), ("domain", "Sales")), ("domains", "Finance"))).Decision.ShouldBe("deny");
        set.Evaluate(Ask("steward", "approve", PolicyResource.Of(("type", "asset"), ("domain", "Finance")), ("domains", "Finance"))).Decision.ShouldBe("deny");
    }

    [Fact]
    public void a_steward_approves_in_any_domain_named_by_their_claims()
    {
        var set = Set("""
            {"id": "own-domains", "effect": "allow", "actions": ["approve"], "roles": ["steward"],
             "when": [{"attribute": "resource.domain", "op": "in", "valueFrom": "principal.claims.domains"}]}
            """, builtIns: false);
        var hr = PolicyResource.Of(("type", "glossary-term"), ("domain", "hr"));

        set.Evaluate(Ask("steward", "approve", hr, ("domains", "Finance"), ("domains", "HR"))).Decision.ShouldBe("allow");
        set.Evaluate(Ask("steward", "approve", hr, ("domains", "Finance"))).Decision.ShouldBe("deny");
        set.Evaluate(Ask("steward", "approve", hr)).Decision.ShouldBe("deny");
    }

    [Fact]
    public void only_admins_and_stewards_see_samples_of_columns_classified_pii()
    {
        var set = Set("""
            {"id": "pii-samples", "effect": "deny", "actions": ["read-sample"],
             "when": [{"attribute": "resource.category", "op": "equals", "value": "PII"},
                      {"attribute": "principal.role", "op": "notIn", "value": ["admin", "steward"]}]}
            """);
        var piiColumn = PolicyResource.Of(("type", "column"), ("classification", "EMAIL"), ("category", "PII"));
        var plainColumn = PolicyResource.Of(("type", "column"), ("classification", "PRODUCT_CODE"));

        set.Evaluate(Ask("viewer", "read-sample", piiColumn)).Rule.ShouldBe("pii-samples");
        set.Evaluate(Ask("engineer", "read-sample", piiColumn)).Decision.ShouldBe("deny");
        set.Evaluate(Ask("steward", "read-sample", piiColumn)).Decision.ShouldBe("allow");
        set.Evaluate(Ask("admin", "read-sample", piiColumn)).Decision.ShouldBe("allow");
        set.Evaluate(Ask("viewer", "read-sample", plainColumn)).Decision.ShouldBe("allow");
        set.Evaluate(Ask("viewer", "read", piiColumn)).Decision.ShouldBe("allow");
    }

    [Fact]
    public void engineers_may_scan_sources_in_region_eu_only()
    {
        var set = Set("""
            {"id": "engineers-scan-eu", "effect": "deny", "actions": ["scan"], "roles": ["engineer"], "resourceTypes": ["source"],
             "when": [{"attribute": "resource.region", "op": "notEquals", "value": "eu"}]}
            """);

        set.Evaluate(Ask("engineer", "scan", PolicyResource.Of(("type", "source"), ("region", "eu")))).Decision.ShouldBe("allow");
        set.Evaluate(Ask("engineer", "scan", PolicyResource.Of(("type", "source"), ("region", "us")))).Rule.ShouldBe("engineers-scan-eu");
        set.Evaluate(Ask("engineer", "scan", PolicyResource.Of(("type", "source")))).Decision.ShouldBe("deny", "a source with no region is not in eu");
        set.Evaluate(Ask("admin", "scan", PolicyResource.Of(("type", "source"), ("region", "us")))).Decision.ShouldBe("allow");
    }

    [Fact]
    public void deny_registry_deletes_for_subjects_tagged_production()
    {
        var set = Set("""
            {"id": "keep-production-subjects", "effect": "deny", "actions": ["delete"], "resourceTypes": ["registry-subject"],
             "when": [{"attribute": "resource.tag", "op": "contains", "value": "production"}]}
            """);
        var production = PolicyResource.From([KeyValuePair.Create("type", (IReadOnlyList<string>)["registry-subject"]), KeyValuePair.Create("tags", (IReadOnlyList<string>)["pii", "Production"])]);

        var decision = set.Evaluate(Ask("admin", "delete", production));

        decision.Decision.ShouldBe("deny", "deny overrides the admin's allow-everything");
        decision.Rule.ShouldBe("keep-production-subjects");
        decision.Reason.ShouldBe("resource.type in [registry-subject] and resource.tag contains production");
        set.Evaluate(Ask("admin", "delete", PolicyResource.Of(("type", "registry-subject"), ("tag", "staging")))).Decision.ShouldBe("allow");
    }
}
