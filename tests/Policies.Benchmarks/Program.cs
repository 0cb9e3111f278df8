using System.Diagnostics;
using System.Globalization;
using DataSpine.Policies.BuiltIn;
using DataSpine.Policies.Evaluation;
using DataSpine.Policies.Language;

// Issue 19: p95 ≤ 50 µs per decision with 1,000 policies loaded. Baseline, in the same run: the same
// decisions by a walk over every rule (the language's definition, no index).
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000;
var random = new Random(1_000);
var documents = Enumerable.Range(0, count).Select(i => (PolicyDocument?)Workload.Policy(random, i)).ToList();
var compiled = PolicyParser.Compile(documents);
if (!compiled.Ok)
{
    throw new InvalidOperationException(compiled.Errors[0].Message);
}

Policy[] policies = [.. RolePolicies.Create(anonymousReads: false), .. compiled.Policies];
var set = new PolicySet(policies);
var requests = Enumerable.Range(0, 200_000).Select(_ => Workload.Request(random)).ToArray();

Console.WriteLine($"{policies.Length:N0} policies ({count:N0} generated + built-in roles), {requests.Length:N0} requests, one thread");
var indexed = Measure("indexed evaluator", r => set.Evaluate(r).Decision);
Measure("explain mode", r => set.Evaluate(r, explain: true).Decision);
var walked = Measure("baseline: walk every rule", r => Walk(policies, r));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"p95 ratio indexed / walk = {indexed / walked:F3} (target: indexed p95 <= 50 us)"));

double Measure(string name, Func<PolicyRequest, string> decide)
{
    var allowed = 0;
    foreach (var request in requests.Take(20_000))
    {
        decide(request); // warm-up: JIT to tier 1
    }

    var micros = new double[requests.Length];
    for (var i = 0; i < requests.Length; i++)
    {
        var start = Stopwatch.GetTimestamp();
        allowed += decide(requests[i]) == PolicyDecision.Allow ? 1 : 0;
        micros[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
    }

    Array.Sort(micros);
    double P(double q) => micros[(int)(q * (micros.Length - 1))];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-28} p50 {P(0.50),7:F2} us   p95 {P(0.95),7:F2} us   p99 {P(0.99),7:F2} us   max {micros[^1],8:F1} us   allowed {allowed * 100.0 / requests.Length:F1} %"));
    return P(0.95);
}

static string Walk(IReadOnlyList<Policy> policies, PolicyRequest request)
{
    var allowed = false;
    foreach (var policy in policies)
    {
        if (policy.Covers(request.Action) && policy.FirstFailing(request) is null)
        {
            if (policy.IsDeny)
            {
                return PolicyDecision.Deny;
            }

            allowed = true;
        }
    }

    return allowed ? PolicyDecision.Allow : PolicyDecision.Deny;
}
