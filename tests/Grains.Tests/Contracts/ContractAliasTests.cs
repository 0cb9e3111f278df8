using System.Reflection;
using DataSpine.Grains.Catalog;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace DataSpine.Grains.Tests.Contracts;

/// <summary>
/// Every type that crosses a grain boundary is serialized by Orleans under a stable alias, so renaming a
/// class or namespace never breaks in-flight calls or mixed-version clusters.
/// </summary>
public sealed class ContractAliasTests
{
    private static readonly Assembly Contracts = typeof(IAssetGrain).Assembly;

    [Fact]
    public void every_serialized_type_and_grain_interface_has_a_unique_alias()
    {
        var types = Contracts.GetTypes()
            .Where(t => t.GetCustomAttribute<GenerateSerializerAttribute>() is not null || (t.IsInterface && typeof(IGrain).IsAssignableFrom(t)))
            .ToList();

        types.Count.ShouldBeGreaterThan(50);
        types.Where(t => t.GetCustomAttribute<AliasAttribute>() is null).Select(t => t.FullName).ShouldBeEmpty();
        types.GroupBy(t => t.GetCustomAttribute<AliasAttribute>()!.Alias).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();
    }

    [Fact]
    public void a_view_built_with_collection_expressions_round_trips_through_orleans_serializer()
    {
        using var services = new ServiceCollection().AddSerializer(s => s.AddAssembly(Contracts)).BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();
        var result = SourceResult.Ok(new SearchResults(1,
            [new SearchHit("s/main.t", "t", "main.t", "Table", "s", "main", ["EMAIL"], "[[t]]", 3)],
            new Dictionary<string, IReadOnlyList<FacetCount>> { ["type"] = [new FacetCount("Table", 1)] }));

        var copy = serializer.Deserialize<SourceResult<SearchResults>>(serializer.SerializeToArray(result));

        var page = copy?.Value ?? throw new InvalidOperationException("The copy lost its value.");
        page.Hits.Single().Classifications.ShouldBe(["EMAIL"]);
        page.Facets["type"].Single().ShouldBe(new FacetCount("Table", 1));
    }
}
