using System.Globalization;
using System.Text.Json;

namespace DataSpine.Grains.Lineage.OpenLineage;

/// <summary>
/// Reads an OpenLineage event (spec 2-0-2) and checks what the spec requires: eventTime, producer and
/// schemaURL always; run.runId and the job's namespace and name for a RunEvent; the job for a JobEvent;
/// the dataset for a DatasetEvent. Every problem is reported with its JSON path; facets it does not use
/// are kept in the raw event untouched.
/// </summary>
public static class OpenLineageParser
{
    private static readonly HashSet<string> EventTypes = ["START", "RUNNING", "COMPLETE", "ABORT", "FAIL", "OTHER"];
    private const int MaxNameLength = 1024;
    private const int MaxDepth = 128;

    public static OpenLineageParse Parse(string json, OpenLineageLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException error) when (error.Message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return new OpenLineageParse(null, "too_deep", [$"The event nests deeper than {MaxDepth} levels."]);
        }
        catch (JsonException error)
        {
            return new OpenLineageParse(null, "malformed_json", [$"The body is not JSON: {error.Message}"]);
        }

        using (document)
        {
            var root = document.RootElement;
            if (limits.Check(root) is { } cap)
            {
                return new OpenLineageParse(null, cap.Code, [cap.Message]);
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                return OpenLineageParse.Invalid(["An event is a JSON object."]);
            }

            var errors = new List<string>();
            var eventTime = Time(root, "eventTime", errors, required: true);
            var producer = Text(root, "producer", "producer", errors, required: true);
            var schemaUrl = Text(root, "schemaURL", "schemaURL", errors, required: true);
            var eventType = Text(root, "eventType", "eventType", errors, required: false);
            if (eventType is not null && !EventTypes.Contains(eventType))
            {
                errors.Add($"eventType must be one of {string.Join(", ", EventTypes)}; got '{eventType}'.");
            }

            var hasRun = root.TryGetProperty("run", out var run) && run.ValueKind != JsonValueKind.Null;
            var hasJob = root.TryGetProperty("job", out var job) && job.ValueKind != JsonValueKind.Null;
            var hasDataset = root.TryGetProperty("dataset", out var dataset) && dataset.ValueKind != JsonValueKind.Null;
            var kind = hasRun || (!hasJob && !hasDataset) ? OpenLineageEvent.RunEvent
                : hasJob ? OpenLineageEvent.JobEvent
                : OpenLineageEvent.DatasetEvent;

            string? runId = null;
            DateTimeOffset? nominalStart = null, nominalEnd = null;
            string? parentRunId = null;
            if (kind == OpenLineageEvent.RunEvent)
            {
                if (!hasRun || run.ValueKind != JsonValueKind.Object)
                {
                    errors.Add("run is required (an object with runId).");
                }
                else
                {
                    runId = Text(run, "runId", "run.runId", errors, required: true);
                    var facets = Facets(run);
                    nominalStart = Time(Facet(facets, "nominalTime"), "nominalStartTime", errors, required: false, "run.facets.nominalTime.nominalStartTime");
                    nominalEnd = Time(Facet(facets, "nominalTime"), "nominalEndTime", errors, required: false, "run.facets.nominalTime.nominalEndTime");
                    parentRunId = Facet(facets, "parent") is { ValueKind: JsonValueKind.Object } parent && parent.TryGetProperty("run", out var parentRun)
                        ? Text(parentRun, "runId", "run.facets.parent.run.runId", errors, required: false)
                        : null;
                }
            }

            OpenLineageJob? parsedJob = null;
            if (kind != OpenLineageEvent.DatasetEvent)
            {
                parsedJob = hasJob && job.ValueKind == JsonValueKind.Object ? Job(job, errors) : null;
                if (parsedJob is null && !(hasJob && job.ValueKind == JsonValueKind.Object))
                {
                    errors.Add("job is required (an object with namespace and name).");
                }
            }

            var inputs = Datasets(root, "inputs", errors);
            var outputs = Datasets(root, "outputs", errors);
            if (kind == OpenLineageEvent.DatasetEvent)
            {
                var one = dataset.ValueKind == JsonValueKind.Object ? OpenLineageDatasets.Read(dataset, "dataset", errors) : null;
                if (one is null)
                {
                    errors.Add("dataset must be an object with namespace and name.");
                }
                else
                {
                    outputs = [one];
                }
            }

            return errors.Count > 0
                ? OpenLineageParse.Invalid(errors)
                : new OpenLineageParse(
                    new OpenLineageEvent(kind, eventType, eventTime!.Value, producer!, schemaUrl!, runId, parsedJob, inputs, outputs, nominalStart, nominalEnd, parentRunId, json),
                    null,
                    []);
        }
    }

    private static OpenLineageJob? Job(JsonElement job, List<string> errors)
    {
        var ns = Text(job, "namespace", "job.namespace", errors, required: true);
        var name = Text(job, "name", "job.name", errors, required: true);
        if (ns is null || name is null)
        {
            return null;
        }

        var facets = Facets(job);
        var jobType = Facet(facets, "jobType");
        var sql = Facet(facets, "sql");
        return new OpenLineageJob(
            ns,
            name,
            Optional(jobType, "processingType") ?? Optional(jobType, "jobType"),
            Optional(Facet(facets, "documentation"), "description"),
            Optional(sql, "query"),
            Optional(sql, "dialect"),
            Optional(Facet(facets, "sourceCodeLocation"), "url"));
    }

    private static List<OpenLineageDataset> Datasets(JsonElement root, string property, List<string> errors)
    {
        if (!root.TryGetProperty(property, out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            errors.Add($"{property} must be an array.");
            return [];
        }

        var datasets = new List<OpenLineageDataset>();
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var path = $"{property}[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                errors.Add($"{path} must be an object with namespace and name.");
                continue;
            }

            if (OpenLineageDatasets.Read(item, path, errors) is { } dataset)
            {
                datasets.Add(dataset);
            }
        }

        return datasets;
    }

    internal static JsonElement Facets(JsonElement owner) =>
        owner.TryGetProperty("facets", out var facets) && facets.ValueKind == JsonValueKind.Object ? facets : default;

    internal static JsonElement Facet(JsonElement facets, string name) =>
        facets.ValueKind == JsonValueKind.Object && facets.TryGetProperty(name, out var facet) && facet.ValueKind == JsonValueKind.Object ? facet : default;

    internal static string? Optional(JsonElement owner, string property) =>
        owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    internal static string? Text(JsonElement owner, string property, string path, List<string> errors, bool required)
    {
        if (owner.ValueKind != JsonValueKind.Object || !owner.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                errors.Add($"{path} is required.");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add($"{path} must be a string.");
            return null;
        }

        var text = value.GetString()!;
        if (required && text.Trim().Length == 0)
        {
            errors.Add($"{path} must not be empty.");
            return null;
        }

        if (text.Length > MaxNameLength && path is not "schemaURL" and not "producer")
        {
            errors.Add($"{path} is longer than {MaxNameLength} characters.");
            return null;
        }

        return text;
    }

    private static DateTimeOffset? Time(JsonElement owner, string property, List<string> errors, bool required, string? path = null)
    {
        if (owner.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var text = Text(owner, property, path ?? property, errors, required);
        if (text is null)
        {
            return null;
        }

        // Producers send offsets, Z, or (Marquez accepts it) no zone at all, which is read as UTC.
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var time))
        {
            return time;
        }

        errors.Add($"{path ?? property} must be an ISO 8601 date-time; got '{text}'.");
        return null;
    }
}

/// <summary>The event, or every reason it was refused with a stable code (malformed_json, invalid_lineage_event).</summary>
public sealed record OpenLineageParse(OpenLineageEvent? Event, string? Code, IReadOnlyList<string> Errors)
{
    public static OpenLineageParse Invalid(IReadOnlyList<string> errors) => new(null, "invalid_lineage_event", errors);
}
