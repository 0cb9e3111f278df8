using Azure.Messaging.EventHubs;
using Azure.Messaging.EventHubs.Producer;

namespace DataSpine.Hosting.Streams;

/// <summary>
/// Before Orleans' Event Hubs provider starts, asks the namespace for the hub's properties: an unreachable namespace,
/// a missing hub or refused credentials stop the node with a message that names the namespace and the hub (Orleans'
/// own failure says only "Name or service not known").
/// </summary>
internal sealed class EventHubsStartupCheck(StreamSettings settings) : ILifecycleParticipant<ISiloLifecycle>
{
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(30);

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(EventHubsStartupCheck), ServiceLifecycleStage.RuntimeInitialize, CheckAsync);

    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        var hubs = settings.EventHubs;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(s_patience);
        var options = new EventHubProducerClientOptions { RetryOptions = new EventHubsRetryOptions { MaximumRetries = 2, TryTimeout = TimeSpan.FromSeconds(10) } };
        await using var client = new EventHubProducerClient(hubs.ConnectionString, hubs.Hub, options);
        try
        {
            await client.GetEventHubPropertiesAsync(timeout.Token);
        }
        catch (Exception e) when (e is EventHubsException or System.Net.Sockets.SocketException or UnauthorizedAccessException or OperationCanceledException or TimeoutException)
        {
            // No inner exception: the node prints the innermost one's message, and this one must name the namespace.
            throw new InvalidOperationException(
                $"Streams:Provider=EventHubs: the Event Hubs namespace '{hubs.Namespace}' (hub '{hubs.Hub}') could not be reached: {e.GetBaseException().GetType().Name}: {e.GetBaseException().Message}");
        }
    }
}
