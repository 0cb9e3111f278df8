namespace DataSpine.Policies.Evaluation;

/// <summary>
/// One compiled test of an attribute. Attributes are sets, so <c>in</c> means "shares a value with" and
/// <c>notIn</c> "shares no value with"; <c>equals</c>/<c>contains</c> are <c>in</c> with one value.
/// Comparison ignores case: "PII" and "pii" are one classification.
/// </summary>
internal sealed class Condition
{
    public const string EqualsOp = "equals";
    public const string NotEqualsOp = "notEquals";
    public const string InOp = "in";
    public const string NotInOp = "notIn";
    public const string ContainsOp = "contains";
    public const string StartsWithOp = "startsWith";
    public const string ExistsOp = "exists";
    public const string NotExistsOp = "notExists";

    public static readonly IReadOnlyList<string> Operators = [EqualsOp, NotEqualsOp, InOp, NotInOp, ContainsOp, StartsWithOp, ExistsOp, NotExistsOp];

    private readonly string _op;
    private readonly HashSet<string>? _values;
    private readonly string[] _prefixes;
    private readonly AttributeRef? _valueFrom;

    public Condition(AttributeRef attribute, string op, IReadOnlyList<string> values, AttributeRef? valueFrom)
    {
        Attribute = attribute;
        _op = op;
        _valueFrom = valueFrom;
        _prefixes = op == StartsWithOp ? [.. values] : [];
        _values = op is ExistsOp or NotExistsOp or StartsWithOp || valueFrom is not null ? null : new HashSet<string>(values, StringComparer.OrdinalIgnoreCase);
        Text = $"{attribute.Path} {op}" + (valueFrom is not null ? $" {valueFrom.Path}" : values.Count == 0 ? "" : values.Count == 1 && op is not (InOp or NotInOp) ? $" {values[0]}" : $" [{string.Join(", ", values)}]");
    }

    public AttributeRef Attribute { get; }

    /// <summary>The values of a positive test of <c>resource.type</c>, which the index uses; null otherwise.</summary>
    public IReadOnlySet<string>? PositiveResourceTypes => Attribute.IsResourceType && _op is EqualsOp or InOp or ContainsOp ? _values : null;

    public string Text { get; }

    public bool Matches(PolicyRequest request)
    {
        var actual = Attribute.Values(request);
        return _op switch
        {
            ExistsOp => actual.Count > 0,
            NotExistsOp => actual.Count == 0,
            StartsWithOp => actual.Any(a => _prefixes.Any(p => a.StartsWith(p, StringComparison.OrdinalIgnoreCase))),
            NotEqualsOp or NotInOp => !SharesAny(actual, request),
            _ => SharesAny(actual, request),
        };
    }

    private bool SharesAny(IReadOnlyList<string> actual, PolicyRequest request)
    {
        if (_valueFrom is null)
        {
            for (var i = 0; i < actual.Count; i++)
            {
                if (_values!.Contains(actual[i]))
                {
                    return true;
                }
            }

            return false;
        }

        var other = _valueFrom.Values(request);
        return actual.Any(a => other.Any(o => string.Equals(a, o, StringComparison.OrdinalIgnoreCase)));
    }
}
