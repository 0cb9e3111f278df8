using DataSpine.Policies.Language;

namespace DataSpine.Policies.Tests.Language;

public sealed class PolicyParserTests
{
    [Fact]
    public void a_single_document_a_list_and_a_policies_object_all_load()
    {
        const string one = """{"id": "a", "effect": "allow", "actions": ["read"]}""";
        PolicyParser.Parse(one).Policies.Single().Id.ShouldBe("a");
        PolicyParser.Parse($"[{one}]").Policies.Count.ShouldBe(1);
        PolicyParser.Parse($$"""{"policies": [{{one}}]}""").Policies.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("""{"id": "a", "effect": "allow", "actions": ["read"]""", "$", PolicyErrorCodes.MalformedJson)]
    [InlineData("42", "$", PolicyErrorCodes.MalformedJson)]
    [InlineData("""{"policies": [], "extra": 1}""", "$", PolicyErrorCodes.MalformedJson)]
    [InlineData("""{"id": "a", "effect": "allow", "actions": ["read"], "actoins": []}""", "$.actoins", PolicyErrorCodes.MalformedJson)]
    [InlineData("""{"effect": "allow", "actions": ["read"]}""", "$.id", PolicyErrorCodes.MissingField)]
    [InlineData("""{"id": "has space", "effect": "allow", "actions": ["read"]}""", "$.id", PolicyErrorCodes.InvalidValue)]
    [InlineData("""{"id": "a", "effect": "permit", "actions": ["read"]}""", "$.effect", PolicyErrorCodes.InvalidValue)]
    [InlineData("""{"id": "a", "effect": "allow"}""", "$.actions", PolicyErrorCodes.MissingField)]
    [InlineData("""{"id": "a", "effect": "allow", "actions": ["read", "raed"]}""", "$.actions[1]", PolicyErrorCodes.UnknownAction)]
    [InlineData("""{"id": "a", "effect": "allow", "actions": ["read"], "roles": ["superuser"]}""", "$.roles[0]", PolicyErrorCodes.UnknownRole)]
    [InlineData("""{"id": "a", "effect": "allow", "actions": ["read"], "when": [{"attribute": "resource.colour", "op": "equals", "value": "red"}]}""", "$.when[0].attribute", PolicyErrorCodes.UnknownAttribute)]
    [InlineData("""{"id": "a", "effect": "allow", "actions": ["read"], "when": [{"attribute": "resource.tag", "op": "like", "value": "x"}]}""", "$.when[0].op", PolicyErrorCodes.UnknownOperator)]
    [InlineData("""{"id": "a", "effect": "allow", "actions": ["read"], "when": [{"attribute": "resource.tag", "op": "exists", "value": "x"}]}""", "$.when[0]", PolicyErrorCodes.InvalidValue)]
    [InlineData("""{"id": "a", "effect": "allow", "actions": ["read"], "when": [{"attribute": "resource.tag", "op": "equals"}]}""", "$.when[0]", PolicyErrorCodes.InvalidValue)]
    [InlineData("""{"id": "a", "effect": "allow", "actions": ["read"], "when": [{"attribute": "resource.tag", "op": "in", "value": []}]}""", "$.when[0].value", PolicyErrorCodes.InvalidValue)]
    [InlineData("""{"id": "a", "effect": "allow", "actions": ["read"], "when": [{"attribute": "resource.tag", "op": "in", "value": [1]}]}""", "$.when[0].value", PolicyErrorCodes.MalformedJson)]
    [InlineData("""{"id": "a", "effect": "allow", "actions": ["read"], "when": [{"attribute": "resource.tag", "op": "in", "valueFrom": "principal.claims."}]}""", "$.when[0].valueFrom", PolicyErrorCodes.UnknownAttribute)]
    [InlineData("""{"id": "a", "effect": "allow", "actions": ["read"], "when": [null]}""", "$.when[0]", PolicyErrorCodes.MissingField)]
    [InlineData("""[{"id": "a", "effect": "allow", "actions": ["read"]}, {"id": "a", "effect": "deny", "actions": ["read"]}]""", "$[1].id", PolicyErrorCodes.DuplicateId)]
    [InlineData("""[null]""", "$[0]", PolicyErrorCodes.MissingField)]
    public void a_bad_document_is_refused_with_its_path_and_code(string json, string path, string code)
    {
        var result = PolicyParser.Parse(json);

        result.Ok.ShouldBeFalse();
        result.Policies.ShouldBeEmpty();
        result.Errors.ShouldContain(e => e.Path == path && e.Code == code, string.Join("; ", result.Errors));
    }

    [Fact]
    public void paths_inside_a_policies_object_start_at_policies()
    {
        PolicyParser.Parse("""{"policies": [{"id": "a", "effect": "allow", "actions": ["x"]}]}""").Errors.Single().Path.ShouldBe("$.policies[0].actions[0]");
        PolicyParser.Parse("""{"policies": [{"id": "a", "effect": "allow", "actions": [1]}]}""").Errors.Single().Path.ShouldBe("$.policies[0].actions[0]");
    }

    [Fact]
    public void one_bad_policy_refuses_the_whole_set_and_every_problem_is_listed()
    {
        var result = PolicyParser.Parse("""
            [{"id": "good", "effect": "allow", "actions": ["read"]},
             {"id": "bad", "effect": "maybe", "actions": ["fly"]}]
            """);

        result.Policies.ShouldBeEmpty();
        result.Errors.Select(e => e.Path).ShouldBe(["$[1].effect", "$[1].actions[0]"]);
    }

    [Fact]
    public void nesting_deeper_than_the_language_needs_is_refused_not_recursed()
    {
        var json = string.Concat(Enumerable.Repeat("[", 10_000)) + string.Concat(Enumerable.Repeat("]", 10_000));

        PolicyParser.Parse(json).Errors.Single().Code.ShouldBe(PolicyErrorCodes.MalformedJson);
    }

    [Fact]
    public void more_policies_than_the_cap_are_refused()
    {
        var json = "[" + string.Join(",", Enumerable.Range(0, PolicyParser.MaxPolicies + 1).Select(i => $$"""{"id": "p{{i}}", "effect": "allow", "actions": ["read"]}""")) + "]";

        PolicyParser.Parse(json).Errors.Single().Code.ShouldBe(PolicyErrorCodes.TooLarge);
    }
}
