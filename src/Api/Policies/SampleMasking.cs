using System.Text.Json;
using DataSpine.Grains.Audit;
using DataSpine.Grains.Catalog;
using DataSpine.Policies.Evaluation;
using DataSpine.Policies.Language;

namespace DataSpine.Api.Policies;

/// <summary>
/// Masks what profiling read from a column's values (min and max) where the policy set denies the caller
/// <c>read-sample</c> on that column, and records in the audit trail when a caller saw values that a policy keeps
/// from viewers. (Assets keep no min/max of columns with a class that counts, stewards' decisions included: those
/// stay null for everyone.)
/// </summary>
public sealed partial class SampleMasking(PolicySetCache policies, IGrainFactory grains, ILogger<SampleMasking> logger)
{
    private static readonly PolicyPrincipal PlainViewer = new(PolicyRoles.Viewer);

    public async Task<AssetView> ApplyAsync(AssetView view, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(http);
        var principal = PolicyPrincipals.From(http.User);
        var set = await policies.CurrentAsync();
        var seen = new List<string>();
        var columns = new List<AssetColumn>(view.Columns.Count);
        foreach (var column in view.Columns)
        {
            if (column.Profile is not { Min: not null } and not { Max: not null })
            {
                columns.Add(column);
                continue;
            }

            var resource = Resource(view, column);
            var allowed = principal is not null && set.Evaluate(new PolicyRequest(principal, PolicyActions.ReadSample, resource)).IsAllowed;
            columns.Add(allowed ? column : column with { Profile = column.Profile with { Min = null, Max = null, Masked = true } });
            // Values a policy keeps from a plain viewer are sensitive: who saw them is recorded.
            if (allowed && !set.Evaluate(new PolicyRequest(PlainViewer, PolicyActions.ReadSample, resource)).IsAllowed)
            {
                seen.Add(column.Name);
            }
        }

        if (seen.Count > 0)
        {
            await AuditReadAsync(view, seen, http);
        }

        return view with { Columns = columns };
    }

    /// <summary>One column of an asset (a steward's decision answers it), masked as it would be in the asset's answer.</summary>
    public async Task<AssetColumn> ApplyAsync(AssetColumn column, IAssetGrain asset, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(asset);
        if (column.Profile is not { Min: not null } and not { Max: not null })
        {
            return column;
        }

        // Without its asset there is no resource to ask about: nothing read from values goes out.
        return await asset.GetAsync() is { } view
            ? (await ApplyAsync(view with { Columns = [column] }, http)).Columns[0]
            : column with { Profile = column.Profile with { Min = null, Max = null, Masked = true } };
    }

    /// <summary>A column as a policy resource: its asset, source, schema, asset type, classes and their categories.</summary>
    public static PolicyResource Resource(AssetView view, AssetColumn column)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(column);
        var classes = column.Classifications.Select(c => c.Class).ToArray();
        IReadOnlyList<string> One(string? value) => value is null ? [] : [value];
        return PolicyResource.From(new Dictionary<string, IReadOnlyList<string>>
        {
            ["type"] = [Resources.Column],
            ["id"] = [$"{view.Id}#{column.Name}"],
            ["source"] = [view.SourceId],
            ["schema"] = One(view.Schema),
            ["assetType"] = [view.Type.ToString()],
            ["classification"] = classes,
            ["category"] = [.. PolicyCategories.Of(classes)],
            ["owner"] = One(view.Owner),
            ["glossaryTerm"] = [.. (column.Terms ?? []).Select(t => t.Name)],
        });
    }

    private async Task AuditReadAsync(AssetView view, List<string> columns, HttpContext http)
    {
        try
        {
            await grains.GetGrain<IAuditGrain>(0).AppendAsync(new AuditEntry(
                http.User.Identity?.Name ?? "anonymous",
                "asset.sample-read",
                $"asset/{view.Id}",
                $"{http.Request.Method} {http.Request.Path}",
                JsonSerializer.Serialize(new { columns }),
                http.Connection.RemoteIpAddress?.ToString(),
                http.TraceIdentifier,
                AuditOutcomes.Read));
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogNotAudited(logger, view.Id, error);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A read of sampled values of asset {Asset} could not be recorded in the audit trail.")]
    private static partial void LogNotAudited(ILogger logger, string asset, Exception error);
}
