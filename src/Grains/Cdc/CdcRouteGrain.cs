using DataSpine.Grains.Catalog.Secrets;
using Microsoft.Extensions.Logging;

namespace DataSpine.Grains.Cdc;

/// <summary>
/// A CDC route. Its activation runs the route's reader as a background task (grain calls never wait on replication),
/// cancelled when the activation goes. A reminder reactivates the route after a silo restart or failover, and a
/// keep-alive timer holds the activation and re-checks the residency gate against the catalog's current classes.
/// </summary>
internal sealed partial class CdcRouteGrain(
    [PersistentState("cdcRoute")] IPersistentState<CdcRouteState> route,
    SecretProtector secrets,
    CdcOptions options,
    ILogger<CdcRouteGrain> logger,
    TimeProvider clock) : Grain, ICdcRouteGrain, IRemindable, IDisposable
{
    private const string Reactivate = "cdc-reactivate";

    private readonly CdcProgress _progress = new();
    private CancellationTokenSource? _running;
    private Task? _reader;
    private IGrainTimer? _gate;

    private CdcRouteState State => route.State;

    private string Id => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (State.Exists)
        {
            StartGate();
            StartReader();
        }

        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        await StopReaderAsync(cancellationToken);

    public void Dispose() => _running?.Dispose();

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        // Activation started the reader; a reminder of a route that is gone removes itself.
        if (!State.Exists && await this.GetReminder(Reactivate) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public async Task<CdcResult<CdcRouteView>> CreateAsync(CdcRouteDefinition definition)
    {
        if (State.Exists)
        {
            return Fail<CdcRouteView>(CdcErrors.RouteExists, $"Route {Id} exists already.");
        }

        if (!CdcNames.RouteId().IsMatch(Id))
        {
            return Fail<CdcRouteView>(CdcErrors.InvalidRoute, "A route id is 1 to 32 lower-case letters and digits.");
        }

        var checkedRoute = await CdcRouteValidation.CheckAsync(GrainFactory, definition);
        if (!checkedRoute.Succeeded)
        {
            return new(null, checkedRoute.ErrorCode, checkedRoute.Error, checkedRoute.Denials);
        }

        route.State = new CdcRouteState
        {
            Exists = true,
            Name = definition.Name,
            CatalogSource = definition.Source.CatalogSource,
            ProtectedSourceConnection = secrets.Protect(checkedRoute.Value!),
            Tables = [.. definition.Source.Tables],
            SinkType = definition.Sink.Type,
            ProtectedSinkConnection = secrets.Protect(definition.Sink.Connection),
            SinkSchema = definition.Sink.Schema,
            SinkTopic = definition.Sink.Topic,
            Region = definition.Region,
            Columns = new Dictionary<string, string>(definition.Columns, StringComparer.Ordinal),
            ProtectedMaskKey = secrets.Protect(Convert.ToBase64String(ColumnMask.NewKey())),
            CreatedAt = clock.GetUtcNow(),
        };
        await route.WriteStateAsync();
        await this.RegisterOrUpdateReminder(Reactivate, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        StartGate();
        StartReader();
        return new(View());
    }

    public Task<CdcRouteView?> GetAsync() => Task.FromResult(State.Exists ? View() : null);

    public async Task<CdcResult<CdcRouteView>> PauseAsync()
    {
        if (!State.Exists)
        {
            return NotFound<CdcRouteView>();
        }

        State.Paused = true;
        await route.WriteStateAsync();
        await StopReaderAsync(CancellationToken.None);
        return new(View());
    }

    public async Task<CdcResult<CdcRouteView>> ResumeAsync()
    {
        if (!State.Exists)
        {
            return NotFound<CdcRouteView>();
        }

        State.Paused = false;
        await route.WriteStateAsync();
        StartReader();
        return new(View());
    }

    public async Task<CdcResult<bool>> DeleteAsync()
    {
        if (!State.Exists)
        {
            return NotFound<bool>();
        }

        await StopReaderAsync(CancellationToken.None);
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await CdcReplicator.DropSlotAndPublicationAsync(secrets.Unprotect(State.ProtectedSourceConnection), CdcNames.Slot(Id), timeout.Token);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or OperationCanceledException or TimeoutException)
        {
            // The slot keeps WAL on the source until dropped, so the route stays (paused) for another delete.
            State.Paused = true;
            await route.WriteStateAsync();
            return Fail<bool>(CdcErrors.SlotNotDropped, $"The replication slot could not be dropped ({e.GetType().Name}: {e.Message}); the route is paused, delete again.");
        }

        _gate?.Dispose();
        await route.ClearStateAsync();
        route.State = new CdcRouteState();
        if (await this.GetReminder(Reactivate) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        return new(true);
    }

    private CdcPlan Plan() => new(
        Id,
        State.CatalogSource,
        State.Region,
        secrets.Unprotect(State.ProtectedSourceConnection),
        State.SinkType,
        secrets.Unprotect(State.ProtectedSinkConnection),
        State.SinkSchema,
        State.SinkTopic,
        State.Tables,
        State.Columns,
        new ColumnMask(Convert.FromBase64String(secrets.Unprotect(State.ProtectedMaskKey))));

    private CdcRouteView View()
    {
        var (phase, lag, rows, deadLetters, checkpoint, lastError) = _progress.Read();
        var status = State.Denials.Count > 0 ? CdcStatuses.Stopped : State.Paused ? CdcStatuses.Paused : phase;
        return new CdcRouteView(Id, State.Name, status, lag, rows, deadLetters, State.CatalogSource, State.Tables, State.SinkType, State.SinkSchema,
            State.Region, State.Columns, checkpoint, lastError, State.Denials, State.CreatedAt, State.SinkTopic);
    }

    private CdcResult<T> NotFound<T>() => Fail<T>(CdcErrors.RouteNotFound, $"No CDC route '{Id}'.");

    private static CdcResult<T> Fail<T>(string code, string error) => new(default, code, error);
}
