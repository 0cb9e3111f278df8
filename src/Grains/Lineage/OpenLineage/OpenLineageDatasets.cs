using System.Text.Json;

namespace DataSpine.Grains.Lineage.OpenLineage;

/// <summary>Reads a dataset of an event: its names, the schema facet's fields and the column-lineage facet.</summary>
internal static class OpenLineageDatasets
{
    public static OpenLineageDataset? Read(JsonElement dataset, string path, List<string> errors)
    {
        var ns = OpenLineageParser.Text(dataset, "namespace", $"{path}.namespace", errors, required: true);
        var name = OpenLineageParser.Text(dataset, "name", $"{path}.name", errors, required: true);
        if (ns is null || name is null)
        {
            return null;
        }

        var facets = OpenLineageParser.Facets(dataset);
        return new OpenLineageDataset(
            ns,
            name,
            Fields(OpenLineageParser.Facet(facets, "schema")),
            ColumnLineage(OpenLineageParser.Facet(facets, "columnLineage"), $"{path}.facets.columnLineage", errors),
            OpenLineageParser.Optional(OpenLineageParser.Facet(facets, "documentation"), "description"),
            OpenLineageParser.Optional(OpenLineageParser.Facet(facets, "dataSource"), "name"));
    }

    private static List<LineageField>? Fields(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("fields", out var fields) || fields.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return [.. fields.EnumerateArray()
            .Where(f => f.ValueKind == JsonValueKind.Object && OpenLineageParser.Optional(f, "name") is not null)
            .Select(f => new LineageField(OpenLineageParser.Optional(f, "name")!, OpenLineageParser.Optional(f, "type"), OpenLineageParser.Optional(f, "description")))];
    }

    private static List<ColumnLineageEntry> ColumnLineage(JsonElement facet, string path, List<string> errors)
    {
        if (facet.ValueKind != JsonValueKind.Object || !facet.TryGetProperty("fields", out var fields))
        {
            return [];
        }

        if (fields.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path}.fields must be an object keyed by output field.");
            return [];
        }

        var entries = new List<ColumnLineageEntry>();
        foreach (var output in fields.EnumerateObject())
        {
            var outputPath = $"{path}.fields.{output.Name}";
            if (output.Value.ValueKind != JsonValueKind.Object
                || !output.Value.TryGetProperty("inputFields", out var inputs) || inputs.ValueKind != JsonValueKind.Array)
            {
                errors.Add($"{outputPath}.inputFields is required (an array).");
                continue;
            }

            // Before facet 1-1-0 the transformation was given once per output field.
            var legacyType = OpenLineageParser.Optional(output.Value, "transformationType");
            var legacyDescription = OpenLineageParser.Optional(output.Value, "transformationDescription");
            var read = new List<ColumnLineageInput>();
            var index = 0;
            foreach (var input in inputs.EnumerateArray())
            {
                var inputPath = $"{outputPath}.inputFields[{index++}]";
                var ns = OpenLineageParser.Text(input, "namespace", $"{inputPath}.namespace", errors, required: true);
                var name = OpenLineageParser.Text(input, "name", $"{inputPath}.name", errors, required: true);
                var field = OpenLineageParser.Text(input, "field", $"{inputPath}.field", errors, required: true);
                if (ns is null || name is null || field is null)
                {
                    continue;
                }

                var transformation = input.TryGetProperty("transformations", out var list) && list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > 0
                    ? list[0]
                    : default;
                var type = OpenLineageParser.Optional(transformation, "type") ?? (legacyType is null or "IDENTITY" or "TRANSFORMATION" ? "DIRECT" : legacyType);
                read.Add(new ColumnLineageInput(ns, name, field, type,
                    OpenLineageParser.Optional(transformation, "subtype") ?? legacyType,
                    OpenLineageParser.Optional(transformation, "description") ?? legacyDescription));
            }

            entries.Add(new ColumnLineageEntry(output.Name, read));
        }

        return entries;
    }
}
