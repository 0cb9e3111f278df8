using System.Net.Http.Json;
using DataSpine.Runtime.Management;
using DataSpine.Runtime.Storage;

namespace DataSpine.Runtime.Cluster;

/// <summary>
/// The dashboard's view of a cluster: every active silo's own snapshot, asked over the silo port at once.
/// A silo that does not answer in time is left out; its status stays visible in the membership table.
/// </summary>
internal sealed class ClusterSnapshots(ClusterView view, RemoteCallClient remote, StateSerializer serializer, ILocalSiloSnapshot? local = null)
    : IClusterSnapshots
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(2);

    public async Task<IReadOnlyList<SiloSnapshot>> GetSnapshotsAsync(CancellationToken cancellationToken)
    {
        var silos = view.Snapshot?.Entries.Where(e => e.Status != SiloStatus.Dead).ToList() ?? [];
        var answers = await Task.WhenAll(silos.Select(entry => entry.Silo == view.Self && local is not null
            ? Task.FromResult<SiloSnapshot?>(local.Take() with { Status = entry.Status })
            : AskAsync(entry, cancellationToken)));
        return [.. answers.OfType<SiloSnapshot>()];
    }

    private async Task<SiloSnapshot?> AskAsync(MembershipEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(s_timeout);
            var snapshot = await remote.Http.GetFromJsonAsync<SiloSnapshot>(
                $"http://{entry.Silo.Endpoint}{RemoteCallProtocol.SnapshotPath}", serializer.Options, timeout.Token);
            return snapshot is null ? null : snapshot with { Status = entry.Status };
        }
        catch (Exception error) when (error is HttpRequestException or OperationCanceledException or System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
