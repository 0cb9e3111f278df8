using System.Diagnostics;
using DataSpine.Grains.Catalog.Connectors;
using DataSpine.Grains.Catalog.Secrets;

namespace DataSpine.Grains.Catalog.Sources;

/// <summary>A registered source: validates and stores its definition (secret encrypted), tests it, starts scans.</summary>
internal sealed partial class SourceGrain(
    [PersistentState("source")] IPersistentState<SourceState> source,
    SecretProtector secrets,
    SourceAccess access,
    TimeProvider clock) : Grain, ISourceGrain, IRemindable, IDisposable
{
    // A connection test still running when the grain goes away is abandoned, not waited on.
    private readonly CancellationTokenSource _deactivated = new();

    private SourceState State => source.State;

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _deactivated.Cancel();
        return Task.CompletedTask;
    }

    public void Dispose() => _deactivated.Dispose();

    private ISourceDirectoryGrain Directory => GrainFactory.GetGrain<ISourceDirectoryGrain>("all");

    public async Task<SourceResult<SourceView>> CreateAsync(SourceDefinition definition)
    {
        if (State.Exists)
        {
            return SourceResult.Fail<SourceView>(CatalogErrors.InvalidSource, $"Source {this.GetPrimaryKeyString()} exists already.");
        }

        return await SaveAsync(definition, created: true);
    }

    public async Task<SourceResult<SourceView>> UpdateAsync(SourceDefinition definition) =>
        State.Exists
            ? await SaveAsync(definition, created: false)
            : SourceResult.Fail<SourceView>(CatalogErrors.SourceNotFound, $"No source {this.GetPrimaryKeyString()}.");

    public Task<SourceView?> GetAsync() => Task.FromResult(State.Exists ? View() : null);

    public async Task<bool> DeleteAsync()
    {
        if (!State.Exists)
        {
            return false;
        }

        await source.ClearStateAsync();
        await UnregisterScheduleAsync();
        await Directory.ReleaseAsync(this.GetPrimaryKeyString());
        return true;
    }

    public Task<SourceDefinition?> GetDefinitionAsync() =>
        Task.FromResult(State.Exists ? new SourceDefinition(State.Name, State.Type, secrets.Unprotect(State.ProtectedConnection), State.Options) : null);

    public async Task<SourceResult<ConnectionTest>> TestConnectionAsync()
    {
        var definition = await GetDefinitionAsync();
        if (definition is null)
        {
            return SourceResult.Fail<ConnectionTest>(CatalogErrors.SourceNotFound, $"No source {this.GetPrimaryKeyString()}.");
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            await SourceAccess.CallAsync(async token =>
            {
                var connector = SourceConnectors.Create(definition.Type, definition.Connection, access);
                await using (connector as IAsyncDisposable)
                {
                    await connector.TestConnectionAsync(token);
                }

                return true;
            }, access.Limits.ConnectTimeout, "The connection test", _deactivated.Token);

            return SourceResult.Ok(new ConnectionTest(true, null, null, Elapsed(started)));
        }
        catch (SourceAccessException error)
        {
            return SourceResult.Ok(new ConnectionTest(false, error.Code, error.Message, Elapsed(started)));
        }
    }

    private async Task<SourceResult<SourceView>> SaveAsync(SourceDefinition definition, bool created)
    {
        definition = definition with { Name = definition.Name?.Trim() ?? "", Options = definition.Options ?? new SourceOptions() };
        if (SourceValidation.Problem(definition) is { } problem)
        {
            return SourceResult.Fail<SourceView>(CatalogErrors.InvalidSource, problem);
        }

        if (definition.Type is "files" or "sqlite" && access.Paths.RegistrationProblem(definition.Type, definition.Connection) is { } pathProblem)
        {
            return SourceResult.Fail<SourceView>(CatalogErrors.SourcePathNotAllowed, pathProblem);
        }

        if (!await Directory.ClaimAsync(new SourceEntry(this.GetPrimaryKeyString(), definition.Name, definition.Type)))
        {
            return SourceResult.Fail<SourceView>(CatalogErrors.SourceNameTaken, $"Another source is named '{definition.Name}'.");
        }

        var now = clock.GetUtcNow();
        State.Exists = true;
        State.Name = definition.Name;
        State.Type = definition.Type;
        State.ProtectedConnection = secrets.Protect(definition.Connection);
        State.Location = SourceValidation.Location(definition);
        State.Options = definition.Options;
        State.CreatedAt = created ? now : State.CreatedAt;
        State.UpdatedAt = now;
        await source.WriteStateAsync();
        await ScheduleScansAsync();
        return SourceResult.Ok(View());
    }

    private SourceView View() => new(this.GetPrimaryKeyString(), State.Name, State.Type, State.Location, State.Options,
        State.CreatedAt, State.UpdatedAt, State.LastScan, State.Known.Count,
        SourceSchedule.NextScanAt(State.Options, State.UpdatedAt, clock.GetUtcNow()));

    private static double Elapsed(long started) => Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1);
}
