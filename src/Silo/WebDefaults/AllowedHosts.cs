using Microsoft.AspNetCore.HostFiltering;

namespace DataSpine.Silo.WebDefaults;

/// <summary>
/// Host header filtering (DNS rebinding): only the loopback names unless <c>AllowedHosts</c> says otherwise
/// (semicolon-separated, as ASP.NET Core reads it; <c>*</c> turns it off).
/// </summary>
internal static class AllowedHosts
{
    public const string Loopback = "localhost;127.0.0.1;[::1]";

    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var hosts = (configuration["AllowedHosts"] is { Length: > 0 } configured ? configured : Loopback)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        services.Configure<HostFilteringOptions>(o =>
        {
            o.AllowedHosts = hosts;
            // The refusal is written as problem details by the status-code pages that run before it.
            o.IncludeFailureMessage = false;
        });
        // ASP.NET Core's web defaults put host filtering first in the pipeline, before problem details
        // exist; the node adds it itself (UseWebDefaults) after them instead.
        var first = services.FirstOrDefault(d => d.ServiceType == typeof(IStartupFilter) && d.ImplementationType?.Name == "HostFilteringStartupFilter");
        if (first is not null)
        {
            services.Remove(first);
        }
    }
}
