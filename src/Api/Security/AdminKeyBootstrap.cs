using DataSpine.Grains.Security;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DataSpine.Api.Security;

/// <summary>
/// Secure without a setup step: on start, a configured Auth:BootstrapAdminKey is stored (hashed); otherwise,
/// when the cluster has no usable admin key, one is made and printed once on stdout. The key ring grain
/// decides, so in a cluster only one node makes it. There is no default password.
/// </summary>
internal sealed partial class AdminKeyBootstrap(IGrainFactory grains, IOptions<AuthSettings> settings, TimeProvider clock, ILogger<AdminKeyBootstrap> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var ring = grains.GetGrain<IApiKeyRingGrain>("all");
        if (settings.Value.BootstrapAdminKey is { Length: > 0 } configured)
        {
            var (id, secret) = ApiKeyText.Parse(configured.Trim());
            var stored = await ring.FindAsync(id).WaitAsync(cancellationToken);
            if (stored is null || !ApiKeyHasher.Verify(secret, stored.Hash) || stored.Role != Role.Admin || stored.Revoked)
            {
                await ring.PutConfiguredAsync(Credential(id, "bootstrap (Auth:BootstrapAdminKey)", secret)).WaitAsync(cancellationToken);
            }

            LogConfigured(logger, id);
            return;
        }

        var (newId, text) = ApiKeyText.Generate();
        var (_, newSecret) = ApiKeyText.Parse(text);
        if (await ring.AddFirstAdminAsync(Credential(newId, "first admin (created on first start)", newSecret)).WaitAsync(cancellationToken))
        {
            // Shown once, on stdout only: the log line names the key's id, never its secret.
            await Console.Out.WriteLineAsync($"DataSpine created the first admin API key (shown only now, stored hashed; send it as 'Authorization: Bearer <key>'): {text}");
            LogCreated(logger, newId);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private ApiKeyCredential Credential(string id, string name, string secret) =>
        new(id, name, Role.Admin, ApiKeyHasher.Hash(secret), clock.GetUtcNow(), null, null, false);

    [LoggerMessage(1701, LogLevel.Information, "Created the first admin API key {KeyId}; its secret was printed once on the console")]
    private static partial void LogCreated(ILogger logger, string keyId);

    [LoggerMessage(1702, LogLevel.Information, "Admin API key {KeyId} comes from Auth:BootstrapAdminKey")]
    private static partial void LogConfigured(ILogger logger, string keyId);
}
