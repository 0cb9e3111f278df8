using System.Runtime.InteropServices;
using System.Text.Json;

namespace DataSpine.Grains.Lineage.OpenLineage;

/// <summary>
/// Caps on one OpenLineage event (<c>Limits:OpenLineage:*</c>), checked before anything is stored or a
/// single lineage node is activated: an event with 20,000 inputs would otherwise activate 80,000 grains.
/// </summary>
public sealed class OpenLineageLimits
{
    public int MaxInputs { get; set; } = 1000;

    public int MaxOutputs { get; set; } = 1000;

    /// <summary>Fields in one dataset's schema facet.</summary>
    public int MaxFieldsPerDataset { get; set; } = 2000;

    /// <summary>Input fields over every column-lineage facet of the event.</summary>
    public int MaxColumnEdges { get; set; } = 20_000;

    /// <summary>The JSON size of any one facet.</summary>
    public int MaxFacetBytes { get; set; } = 256 * 1024;

    /// <summary>The first cap the event breaks, as a stable code and a message with the JSON path; null when it keeps them all.</summary>
    public (string Code, string Message)? Check(JsonElement root)
    {
        if (Count(root, "inputs") > MaxInputs)
        {
            return ("too_many_inputs", $"inputs has more than {MaxInputs} datasets.");
        }

        if (Count(root, "outputs") > MaxOutputs)
        {
            return ("too_many_outputs", $"outputs has more than {MaxOutputs} datasets.");
        }

        var edges = 0;
        foreach (var (dataset, path) in Datasets(root))
        {
            foreach (var facets in new[] { "facets", "inputFacets", "outputFacets" })
            {
                if (TooLargeFacet(dataset, facets, $"{path}.{facets}") is { } large)
                {
                    return large;
                }
            }

            var own = OpenLineageParser.Facets(dataset);
            if (OpenLineageParser.Facet(own, "schema") is { ValueKind: JsonValueKind.Object } schema && Count(schema, "fields") > MaxFieldsPerDataset)
            {
                return ("too_many_fields", $"{path}.facets.schema.fields has more than {MaxFieldsPerDataset} fields.");
            }

            if (OpenLineageParser.Facet(own, "columnLineage") is { ValueKind: JsonValueKind.Object } lineage
                && lineage.TryGetProperty("fields", out var outputs) && outputs.ValueKind == JsonValueKind.Object)
            {
                foreach (var output in outputs.EnumerateObject())
                {
                    edges += output.Value.ValueKind == JsonValueKind.Object ? Count(output.Value, "inputFields") : 0;
                    if (edges > MaxColumnEdges)
                    {
                        return ("too_many_column_edges", $"The event's column-lineage facets have more than {MaxColumnEdges} input fields.");
                    }
                }
            }
        }

        foreach (var owner in new[] { "run", "job" })
        {
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty(owner, out var element) && TooLargeFacet(element, "facets", $"{owner}.facets") is { } large)
            {
                return large;
            }
        }

        return null;
    }

    private (string Code, string Message)? TooLargeFacet(JsonElement owner, string property, string path)
    {
        if (owner.ValueKind != JsonValueKind.Object || !owner.TryGetProperty(property, out var facets) || facets.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var facet in facets.EnumerateObject())
        {
            // The raw UTF-8 span of the facet: measured without copying it.
            if (JsonMarshal.GetRawUtf8Value(facet.Value).Length > MaxFacetBytes)
            {
                return ("facet_too_large", $"{path}.{facet.Name} is larger than {MaxFacetBytes} bytes.");
            }
        }

        return null;
    }

    /// <summary>The event's datasets that are objects (the parser reports the others).</summary>
    private static IEnumerable<(JsonElement Dataset, string Path)> Datasets(JsonElement root) =>
        AllDatasets(root).Where(d => d.Dataset.ValueKind == JsonValueKind.Object);

    private static IEnumerable<(JsonElement Dataset, string Path)> AllDatasets(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        foreach (var list in new[] { "inputs", "outputs" })
        {
            if (root.TryGetProperty(list, out var items) && items.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var item in items.EnumerateArray())
                {
                    yield return (item, $"{list}[{index++}]");
                }
            }
        }

        if (root.TryGetProperty("dataset", out var dataset))
        {
            yield return (dataset, "dataset");
        }
    }

    private static int Count(JsonElement owner, string property) =>
        owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty(property, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.GetArrayLength()
            : 0;
}
