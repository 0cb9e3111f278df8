namespace DataSpine.Grains.Cdc;

/// <summary>The route's dead letters, read from and replayed into its sink.</summary>
internal sealed partial class CdcRouteGrain
{
    public async Task<CdcResult<IReadOnlyList<CdcDeadLetter>>> ListDeadLettersAsync(int limit)
    {
        if (!State.Exists)
        {
            return NotFound<IReadOnlyList<CdcDeadLetter>>();
        }

        return await OnSinkAsync<IReadOnlyList<CdcDeadLetter>>(async (sink, _, token) => await sink.ListDeadLettersAsync(limit, token));
    }

    public async Task<CdcResult<CdcReplay>> ReplayDeadLettersAsync()
    {
        if (!State.Exists)
        {
            return NotFound<CdcReplay>();
        }

        var result = await OnSinkAsync(async (sink, plan, token) => await sink.ReplayAsync(await plan.LoadTablesAsync(token), token));
        if (result.Value is { } replay)
        {
            _progress.Replayed(replay);
        }

        return result;
    }

    private async Task<CdcResult<T>> OnSinkAsync<T>(Func<ICdcSink, CdcPlan, CancellationToken, Task<T>> action)
    {
        var plan = Plan();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await using var sink = await CdcSinks.OpenAsync(plan, reader: false, timeout.Token);
            return new(await action(sink, plan, timeout.Token));
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or Confluent.Kafka.KafkaException or OperationCanceledException or InvalidOperationException)
        {
            return Fail<T>(CdcErrors.SinkUnreachable, $"The sink or source did not answer ({e.GetType().Name}: {e.Message}).");
        }
    }
}
