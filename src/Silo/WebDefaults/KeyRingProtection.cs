using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace DataSpine.Silo.WebDefaults;

/// <summary>
/// The Data Protection key ring (it encrypts stored source passwords) is written to
/// <c>Secrets:KeysFolder</c>. With <c>Secrets:KeyRingCertificate</c> (a PKCS#12 file, password in
/// <c>Secrets:KeyRingCertificatePassword</c>) the keys are encrypted at rest by that certificate;
/// without it they are plain XML files and the node warns at start-up.
/// </summary>
internal static partial class KeyRingProtection
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var path = configuration["Secrets:KeyRingCertificate"];
        if (string.IsNullOrWhiteSpace(path))
        {
            services.AddHostedService<UnprotectedKeyRingWarning>();
            return;
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration["Secrets:KeyRingCertificatePassword"]);
        services.AddDataProtection().ProtectKeysWithCertificate(certificate);
    }

    private sealed partial class UnprotectedKeyRingWarning(ILogger<UnprotectedKeyRingWarning> logger, IConfiguration configuration) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            LogUnprotected(logger, configuration["Secrets:KeysFolder"] ?? Path.Combine("data", "keys"));
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(1700, LogLevel.Warning,
            "The Data Protection key ring in {Folder} is not encrypted at rest: anyone who can read that folder and the state database can decrypt stored source passwords. Set Secrets:KeyRingCertificate to protect it (docs/security.md).")]
        private static partial void LogUnprotected(ILogger logger, string folder);
    }
}
