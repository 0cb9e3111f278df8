using ResidencyCategories = DataSpine.Grains.Residency.ClassCategories;

namespace DataSpine.Api.Policies;

/// <summary>
/// The categories (<c>resource.category</c>) of a column's classes for policies: every class the catalog knows is
/// personal data (PII), and each also carries its residency category (PCI, FINANCIAL, RESTRICTED; docs/cdc.md), so
/// policies and the residency matrix share one table. A class the catalog does not know has no category.
/// </summary>
public static class PolicyCategories
{
    public static IEnumerable<string> Of(IEnumerable<string> classes) =>
        classes.SelectMany(Of).Distinct(StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<string> Of(string @class) =>
        ResidencyCategories.Of(@class.ToUpperInvariant()) is { } category ? [ResidencyCategories.Pii, category] : [];
}
