using DataSpine.Policies.BuiltIn;
using DataSpine.Policies.Evaluation;
using static DataSpine.Policies.Tests.Evaluation.Policies;

namespace DataSpine.Policies.Tests.Evaluation;

public sealed class EvaluatorTests
{
    private static readonly PolicyResource Asset = PolicyResource.Of(("type", "asset"), ("source", "crm"), ("schema", "public"), ("owner", "ana"), ("tag", "gold"));

    [Theory]
    [InlineData("viewer", "read", true)]
    [InlineData("viewer", "read-sample", true)]
    [InlineData("viewer", "annotate", false)]
    [InlineData("steward", "annotate", true)]
    [InlineData("steward", "approve", true)]
    [InlineData("steward", "write", false)]
    [InlineData("engineer", "write", true)]
    [InlineData("engineer", "scan", true)]
    [InlineData("engineer", "ingest", true)]
    [InlineData("engineer", "annotate", true)]
    [InlineData("engineer", "delete", false)]
    [InlineData("engineer", "admin", false)]
    [InlineData("admin", "delete", true)]
    [InlineData("admin", "admin", true)]
    [InlineData("anonymous", "read", false)]
    public void the_built_in_roles_are_policies(string role, string action, bool allowed)
    {
        var set = new PolicySet(RolePolicies.Create(anonymousReads: false));

        set.Evaluate(Ask(role, action, Asset)).IsAllowed.ShouldBe(allowed);
    }

    [Fact]
    public void anonymous_reads_only_when_configured_and_never_writes()
    {
        var set = new PolicySet(RolePolicies.Create(anonymousReads: true));

        set.Evaluate(Ask("anonymous", "read", Asset)).Rule.ShouldBe("builtin:anonymous-read");
        set.Evaluate(Ask("anonymous", "read-sample", Asset)).Decision.ShouldBe("deny");
        set.Evaluate(Ask("anonymous", "write", Asset)).Decision.ShouldBe("deny");
    }

    [Fact]
    public void with_no_rule_the_answer_is_deny_and_says_so()
    {
        var decision = new PolicySet([]).Evaluate(Ask("admin", "write", Asset));

        decision.Decision.ShouldBe("deny");
        decision.Rule.ShouldBe("default");
        decision.Reason.ShouldContain("no policy allows 'write'");
    }

    [Fact]
    public void an_unknown_action_is_denied_with_the_list_of_actions()
    {
        var decision = new PolicySet(RolePolicies.Create(false)).Evaluate(Ask("admin", "launch", Asset));

        decision.Decision.ShouldBe("deny");
        decision.Reason.ShouldContain("read-sample");
    }

    [Fact]
    public void deny_overrides_allow_whatever_the_order()
    {
        const string allow = """{"id": "allow-gold", "effect": "allow", "actions": ["write"], "when": [{"attribute": "resource.tag", "op": "equals", "value": "gold"}]}""";
        const string deny = """{"id": "deny-crm", "effect": "deny", "actions": ["write"], "when": [{"attribute": "resource.source", "op": "equals", "value": "crm"}]}""";

        Set($"[{allow}, {deny}]", builtIns: false).Evaluate(Ask("viewer", "write", Asset)).Rule.ShouldBe("deny-crm");
        Set($"[{deny}, {allow}]", builtIns: false).Evaluate(Ask("viewer", "write", Asset)).Rule.ShouldBe("deny-crm");
    }

    [Theory]
    [InlineData("resource.source", "equals", "CRM", true)]
    [InlineData("resource.source", "notEquals", "crm", false)]
    [InlineData("resource.schema", "in", "[\"x\", \"public\"]", true)]
    [InlineData("resource.schema", "notIn", "[\"x\", \"y\"]", true)]
    [InlineData("resource.owner", "equals", "bob", false)]
    [InlineData("resource.tag", "contains", "gold", true)]
    [InlineData("resource.assetType", "exists", null, false)]
    [InlineData("resource.assetType", "notExists", null, true)]
    [InlineData("resource.schema", "startsWith", "pub", true)]
    [InlineData("resource.schema", "startsWith", "[\"x\", \"PU\"]", true)]
    [InlineData("resource.glossaryTerm", "in", "[\"Revenue\"]", false)]
    [InlineData("principal.role", "equals", "viewer", true)]
    [InlineData("principal.key", "equals", "k1", true)]
    [InlineData("principal.subject", "exists", null, false)]
    [InlineData("principal.claims.groups", "notExists", null, true)]
    public void each_operator_on_each_kind_of_attribute(string attribute, string op, string? value, bool matches)
    {
        var valueJson = value is null ? "" : value.StartsWith('[') ? $", \"value\": {value}" : $", \"value\": \"{value}\"";
        var set = Set($$"""{"id": "t", "effect": "allow", "actions": ["read"], "when": [{"attribute": "{{attribute}}", "op": "{{op}}"{{valueJson}}}]}""", builtIns: false);

        set.Evaluate(Ask("viewer", "read", Asset)).IsAllowed.ShouldBe(matches);
    }

    [Fact]
    public void explain_lists_every_rule_considered_and_why_each_did_not_match()
    {
        var set = Set("""
            [{"id": "gold-only", "effect": "deny", "actions": ["write"], "when": [{"attribute": "resource.tag", "op": "notIn", "value": ["gold"]}]},
             {"id": "crm-owners", "effect": "allow", "actions": ["write"], "when": [{"attribute": "resource.owner", "op": "in", "valueFrom": "principal.subject"}]}]
            """);

        var decision = set.Evaluate(Ask("engineer", "write", Asset), explain: true);

        decision.Decision.ShouldBe("allow");
        decision.Rule.ShouldBe("builtin:engineer");
        decision.Considered!.Select(t => (t.Rule, t.Matched)).ShouldBe([("builtin:engineer", true), ("builtin:admin", false), ("gold-only", false), ("crm-owners", false)]);
        decision.Considered![1].Reason.ShouldBe("not matched: principal.role in [admin]");
        decision.Considered![3].Reason.ShouldBe("not matched: resource.owner in principal.subject");
        set.Evaluate(Ask("engineer", "write", Asset)).Considered.ShouldBeNull();
    }

    [Fact]
    public void explain_and_decide_agree_when_a_deny_matches_after_an_allow()
    {
        var set = Set("""{"id": "no-crm", "effect": "deny", "actions": ["write"], "when": [{"attribute": "resource.source", "op": "equals", "value": "crm"}]}""");

        var quick = set.Evaluate(Ask("admin", "write", Asset));
        var explained = set.Evaluate(Ask("admin", "write", Asset), explain: true);

        (quick.Decision, quick.Rule).ShouldBe(("deny", "no-crm"));
        (explained.Decision, explained.Rule).ShouldBe(("deny", "no-crm"));
        explained.Considered!.Count(t => t.Matched).ShouldBe(3);
    }

    [Fact]
    public void a_rule_limited_to_a_resource_type_never_applies_to_another_or_to_an_untyped_resource()
    {
        var set = Set("""{"id": "terms", "effect": "deny", "actions": ["annotate"], "resourceTypes": ["glossary-term"]}""");

        set.Evaluate(Ask("steward", "annotate", PolicyResource.Of(("type", "glossary-term")))).Rule.ShouldBe("terms");
        set.Evaluate(Ask("steward", "annotate", PolicyResource.Of(("type", "GLOSSARY-TERM")))).Rule.ShouldBe("terms");
        set.Evaluate(Ask("steward", "annotate", PolicyResource.Of(("type", "asset")))).Decision.ShouldBe("allow");
        set.Evaluate(Ask("steward", "annotate", PolicyResource.None)).Decision.ShouldBe("allow");
    }
}
