using System.Text.RegularExpressions;
using DataSpine.Grains.Audit;

namespace DataSpine.Grains.Catalog.Assets;

/// <summary>
/// Stewards' decisions on a column's classes. They are stored apart from the scan's suggestions, so a
/// re-scan re-evaluates the suggestions and never undoes a decision (issue 19).
/// </summary>
internal sealed partial class AssetGrain
{
    private const int MaxReason = 1000;
    private const int MaxManualClasses = 50;

    public async Task<SourceResult<AssetColumn>> DecideClassAsync(ClassDecisionRequest request)
    {
        if (await FindColumnAsync(request.Column) is not { } found)
        {
            return Missing(request.Column);
        }

        var (column, review) = found;
        var current = review.FirstOrDefault(r => r.Class == request.Class);
        var reason = request.Reason?.Trim();
        string? problem = request.Verdict switch
        {
            ClassStatus.Accepted when current is not { Detected: true } => $"Column '{column}' has no suggested class '{request.Class}' to accept; set it by hand instead.",
            ClassStatus.Rejected when current is null => $"Column '{column}' has no class '{request.Class}' to reject.",
            ClassStatus.Accepted or ClassStatus.Rejected => null,
            _ => throw new ArgumentException("Only accept and reject are decisions; manual classes are set with SetManualClassesAsync.", nameof(request)),
        };
        if (problem is not null)
        {
            return SourceResult.Fail<AssetColumn>(CatalogErrors.ClassNotSuggested, problem);
        }

        if (request.Verdict == ClassStatus.Rejected && string.IsNullOrEmpty(reason) || reason?.Length > MaxReason)
        {
            return SourceResult.Fail<AssetColumn>(CatalogErrors.ReasonRequired, $"A rejection needs a reason, of at most {MaxReason} characters.");
        }

        Decisions(column)[request.Class] = new ClassDecision(request.Verdict, AuditContext.CurrentActor, clock.GetUtcNow(),
            string.IsNullOrEmpty(reason) ? null : reason, current!.Detected ? current.Confidence : current.Decision?.ConfidenceAtDecision);
        DropValuesOfClassifiedColumns();
        await asset.WriteStateAsync();
        return SourceResult.Ok((await FindColumnViewAsync(column))!);
    }

    public async Task<SourceResult<AssetColumn>> SetManualClassesAsync(ManualClasses classes)
    {
        if (await FindColumnAsync(classes.Column) is not { } found)
        {
            return Missing(classes.Column);
        }

        var wanted = classes.Classes.Select(c => c.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var reason = classes.Reason?.Trim();
        var problem = wanted.Count > MaxManualClasses ? $"At most {MaxManualClasses} classes per column."
            : wanted.FirstOrDefault(c => !ClassName().IsMatch(c)) is { } bad ? $"'{bad}' is not a class name (A-Z, 0-9 and _, at most 64, starting with a letter)."
            : reason?.Length > MaxReason ? $"A reason is at most {MaxReason} characters."
            : null;
        if (problem is not null)
        {
            return SourceResult.Fail<AssetColumn>(CatalogErrors.InvalidClass, problem);
        }

        var column = found.Column;
        var decisions = Decisions(column);
        foreach (var dropped in decisions.Where(d => d.Value.Verdict == ClassStatus.Manual && !wanted.Contains(d.Key)).Select(d => d.Key).ToList())
        {
            decisions.Remove(dropped);
        }

        var now = clock.GetUtcNow();
        foreach (var name in wanted.Where(w => decisions.GetValueOrDefault(w)?.Verdict != ClassStatus.Manual))
        {
            decisions[name] = new ClassDecision(ClassStatus.Manual, AuditContext.CurrentActor, now, string.IsNullOrEmpty(reason) ? null : reason,
                found.Review.FirstOrDefault(r => r.Class == name && r.Detected)?.Confidence);
        }

        if (decisions.Count == 0)
        {
            State.ClassDecisions.Remove(column);
        }

        DropValuesOfClassifiedColumns();
        await asset.WriteStateAsync();
        return SourceResult.Ok((await FindColumnViewAsync(column))!);
    }

    /// <summary>
    /// A class that now counts (accepted, set by hand) drops the column's stored min/max at once; a rejection cannot
    /// bring them back, they were never kept: the next scan profiles the column again and keeps them.
    /// </summary>
    private void DropValuesOfClassifiedColumns() =>
        State.Profile = State.Profile is { } profile ? ProfileToKeep(profile, State.Classifications) : null;

    private Dictionary<string, ClassDecision> Decisions(string column) =>
        State.ClassDecisions.TryGetValue(column, out var decisions) ? decisions : State.ClassDecisions[column] = new(StringComparer.Ordinal);

    private async Task<(string Column, IReadOnlyList<ClassReview> Review)?> FindColumnAsync(string column) =>
        await FindColumnViewAsync(column) is { } view ? (view.Name, view.Review ?? []) : null;

    private async Task<AssetColumn?> FindColumnViewAsync(string column) =>
        (await GetAsync())?.Columns.FirstOrDefault(c => c.Name == column);

    private SourceResult<AssetColumn> Missing(string column) => State.Exists
        ? SourceResult.Fail<AssetColumn>(CatalogErrors.ColumnNotFound, $"The asset has no column '{column}'.")
        : SourceResult.Fail<AssetColumn>(CatalogErrors.AssetNotFound, $"No asset '{this.GetPrimaryKeyString()}'.");

    [GeneratedRegex("^[A-Z][A-Z0-9_]{0,63}$")]
    private static partial Regex ClassName();
}
