using System.Text.RegularExpressions;

namespace DataSpine.Grains.Residency;

/// <summary>
/// Checks a matrix and decides columns against it. A class's own rule wins over its category's rule; a classified
/// column that no rule covers is denied, so classified data never moves without someone having allowed it.
/// </summary>
public static partial class ResidencyEvaluator
{
    public const int MaxRules = 200;
    public const int MaxRegionsPerRule = 50;

    [GeneratedRegex("^[a-z][a-z0-9-]{0,31}$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionShape();

    public static bool IsRegion(string? region) => region is not null && RegionShape().IsMatch(region);

    /// <summary>The matrix in canonical form (names upper-case, regions sorted), or the first problem's code and reason.</summary>
    public static ResidencyResult<ResidencyMatrix> Validate(ResidencyMatrix matrix)
    {
        if (matrix.Rules is null || matrix.Rules.Count > MaxRules)
        {
            return Fail<ResidencyMatrix>(ResidencyErrors.InvalidMatrix, $"'rules' is required, with at most {MaxRules} rules.");
        }

        var rules = new List<ResidencyRule>();
        foreach (var rule in matrix.Rules)
        {
            var name = rule?.Classification?.Trim().ToUpperInvariant() ?? "";
            if (rule?.AllowedRegions is null || rule.AllowedRegions.Count > MaxRegionsPerRule)
            {
                return Fail<ResidencyMatrix>(ResidencyErrors.InvalidMatrix, $"Rule '{name}' needs 'allowedRegions' (at most {MaxRegionsPerRule}; empty allows none).");
            }

            if (!ClassCategories.IsCategory(name) && !ClassCategories.IsClass(name))
            {
                return Fail<ResidencyMatrix>(ResidencyErrors.UnknownClassification,
                    $"'{name}' is neither a category ({string.Join(", ", ClassCategories.All)}) nor a catalog class ({string.Join(", ", ClassCategories.ByClass.Keys)}).");
            }

            if (rules.Any(r => r.Classification == name))
            {
                return Fail<ResidencyMatrix>(ResidencyErrors.InvalidMatrix, $"'{name}' has two rules.");
            }

            if (rule.AllowedRegions.Any(r => !IsRegion(r)))
            {
                return Fail<ResidencyMatrix>(ResidencyErrors.InvalidRegion, $"Region '{rule.AllowedRegions.First(r => !IsRegion(r))}' of rule '{name}' is not a region code (lower-case letters, digits and '-', 1 to 32, e.g. 'eu', 'us-east').");
            }

            rules.Add(new ResidencyRule { Classification = name, AllowedRegions = rule.AllowedRegions.Distinct().Order(StringComparer.Ordinal).ToList() });
        }

        return new(matrix with { Rules = rules });
    }

    public static ResidencyDecision Evaluate(ResidencyMatrix matrix, IReadOnlyList<ClassifiedColumn> columns, string region)
    {
        var rules = matrix.Rules.ToDictionary(r => r.Classification, StringComparer.Ordinal);
        var decisions = columns.Select(column => Decide(rules, column, region)).ToList();
        return new ResidencyDecision(region, decisions.All(d => d.Allowed), decisions);
    }

    private static ColumnDecision Decide(Dictionary<string, ResidencyRule> rules, ClassifiedColumn column, string region)
    {
        if (column.Classes.Count == 0)
        {
            return new ColumnDecision(column.Column, true, [new ResidencyReason(ResidencyReasonCodes.Unclassified, null, null, null, region)]);
        }

        var reasons = column.Classes.Distinct(StringComparer.Ordinal).Select(c => Reason(rules, c, region)).ToList();
        return new ColumnDecision(column.Column, reasons.All(r => r.Code == ResidencyReasonCodes.RegionAllowed), reasons);
    }

    private static ResidencyReason Reason(Dictionary<string, ResidencyRule> rules, string catalogClass, string region)
    {
        var category = ClassCategories.Of(catalogClass);
        var rule = rules.GetValueOrDefault(catalogClass) ?? (category is null ? null : rules.GetValueOrDefault(category));
        if (rule is null)
        {
            return new ResidencyReason(ResidencyReasonCodes.NoRule, catalogClass, category, null, region);
        }

        var code = rule.AllowedRegions.Contains(region, StringComparer.Ordinal) ? ResidencyReasonCodes.RegionAllowed : ResidencyReasonCodes.RegionNotAllowed;
        return new ResidencyReason(code, catalogClass, category, rule.Classification, region);
    }

    private static ResidencyResult<T> Fail<T>(string code, string error) => new(default, code, error);
}
