using DataSpine.Policies.BuiltIn;
using DataSpine.Policies.Evaluation;
using DataSpine.Policies.Language;

namespace DataSpine.Policies.Tests.Evaluation;

/// <summary>
/// The evaluator only looks at rules indexed by action and resource type. Over random sets and requests it
/// must decide exactly as a plain walk over every rule does (the language's definition).
/// </summary>
public sealed class IndexEquivalenceTests
{
    [Fact]
    public void the_index_decides_as_a_walk_over_every_rule()
    {
        var random = new Random(19);
        for (var round = 0; round < 20; round++)
        {
            var policies = RolePolicies.Create(anonymousReads: round % 2 == 0).Concat(RandomPolicies.Create(random, 200)).ToArray();
            var set = new PolicySet(policies);
            for (var i = 0; i < 500; i++)
            {
                var request = RandomPolicies.Request(random);

                var indexed = set.Evaluate(request);
                var walked = Walk(policies, request);

                (indexed.Decision, indexed.Rule).ShouldBe((walked.Decision, walked.Rule), $"round {round}, request {i}");
                set.Evaluate(request, explain: true).Decision.ShouldBe(walked.Decision);
            }
        }
    }

    private static (string Decision, string Rule) Walk(IReadOnlyList<Policy> policies, PolicyRequest request)
    {
        var matched = policies.Where(p => p.Covers(request.Action) && p.FirstFailing(request) is null).ToList();
        return matched.FirstOrDefault(p => p.IsDeny) is { } deny ? ("deny", deny.Id)
            : matched.FirstOrDefault() is { } allow ? ("allow", allow.Id)
            : ("deny", PolicyDecision.DefaultRule);
    }
}

/// <summary>Random but valid policies and requests over a small vocabulary, so rules and requests often meet.</summary>
internal static class RandomPolicies
{
    public static readonly string[] Types = ["asset", "column", "source", "glossary-term", "registry-subject"];
    public static readonly string[] Domains = ["Finance", "Sales", "HR", "Ops"];
    public static readonly string[] Tags = ["production", "gold", "pii", "staging"];
    public static readonly string[] Regions = ["eu", "us", "uk"];
    private static readonly string[] Roles = ["viewer", "steward", "engineer", "admin"];
    private static readonly string[] Operators = ["equals", "notEquals", "in", "notIn", "contains", "startsWith", "exists", "notExists"];

    public static IEnumerable<Policy> Create(Random random, int count)
    {
        var documents = Enumerable.Range(0, count).Select(i => (PolicyDocument?)Document(random, i)).ToList();
        var result = PolicyParser.Compile(documents);
        result.Ok.ShouldBeTrue(string.Join("; ", result.Errors));
        return result.Policies;
    }

    public static PolicyRequest Request(Random random)
    {
        var resource = PolicyResource.Of(
            [("type", Pick(random, Types)), ("domain", Pick(random, Domains)), ("tag", Pick(random, Tags)), ("tag", Pick(random, Tags)), ("region", Pick(random, Regions))]);
        var claims = new Dictionary<string, IReadOnlyList<string>> { ["domains"] = [Pick(random, Domains)] };
        return new PolicyRequest(new PolicyPrincipal(Pick(random, Roles), $"k{random.Next(5)}", null, claims), Pick(random, PolicyActions.All), resource);
    }

    private static PolicyDocument Document(Random random, int index)
    {
        var conditions = Enumerable.Range(0, random.Next(0, 3)).Select(_ => Condition(random)).ToList();
        return new PolicyDocument(
            $"p{index}",
            null,
            random.Next(4) == 0 ? "deny" : "allow",
            random.Next(10) == 0 ? ["*"] : [Pick(random, PolicyActions.All), Pick(random, PolicyActions.All)],
            random.Next(2) == 0 ? [Pick(random, Roles)] : null,
            random.Next(2) == 0 ? [Pick(random, Types), Pick(random, Types)] : null,
            conditions);
    }

    private static ConditionDocument Condition(Random random)
    {
        var op = Pick(random, Operators);
        var (attribute, vocabulary) = random.Next(4) switch
        {
            0 => ("resource.domain", Domains),
            1 => ("resource.tag", Tags),
            2 => ("resource.region", Regions),
            _ => ("resource.type", Types),
        };
        if (op is "exists" or "notExists")
        {
            return new ConditionDocument(attribute, op, null, null);
        }

        return op is "in" && random.Next(3) == 0 && attribute == "resource.domain"
            ? new ConditionDocument(attribute, op, null, "principal.claims.domains")
            : new ConditionDocument(attribute, op, new StringOrList([Pick(random, vocabulary), Pick(random, vocabulary)], IsList: true), null);
    }

    private static string Pick(Random random, IReadOnlyList<string> values) => values[random.Next(values.Count)];
}
