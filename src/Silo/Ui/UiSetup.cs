using DataSpine.Api.Security;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace DataSpine.Silo.Ui;

/// <summary>
/// Serves the web UI (src/WebUi, built into webui/ next to the assembly by Silo.csproj) at /, and its
/// index.html for the UI's own deep links (/search, /assets/..., /lineage, ...), never for the API's routes.
/// </summary>
public static class UiSetup
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; worker-src 'self' blob:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    // Paths that belong to the API, the registry, the dashboard and operations: a miss there stays a 404.
    private static readonly string[] s_reserved = ["/api/", "/openapi/", "/dashboard", "/metrics", "/healthz", "/readyz", "/startupz", "/registry/", "/static/"];

    /// <summary>
    /// The UI's files and its page for a subject's deep link, ahead of authentication and rate limits: the page
    /// and its bundles are public (every API call they make needs a key), so a browser can show the sign-in page.
    /// </summary>
    public static WebApplication UseDataSpineUi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (Index() is not { } index)
        {
            app.Logger.LogWarning("No web UI at {Folder}: build src/Silo with Node.js and npm installed", Root);
            return app;
        }

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = Files,
            OnPrepareResponse = c =>
            {
                // Vite names bundles by content hash: they never change under one name.
                if (c.Context.Request.Path.StartsWithSegments("/static"))
                {
                    c.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                }
            },
        });
        // The subject page's deep link shares its path with the registry's API (whose own fallback answers
        // Confluent's 404 there): a browser's page load gets the UI, a client's request still reaches the registry.
        app.Use((context, next) => IsUiRoute(context.Request) && IsSubjectPage(context.Request.Path) ? SendIndexAsync(context, index) : next(context));
        return app;
    }

    /// <summary>index.html for / and the UI's deep links; a miss under the API's paths stays a 404.</summary>
    public static WebApplication MapDataSpineUi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (Index() is not { } index)
        {
            return app;
        }

        // Not under /static: the static-file middleware serves only requests that matched no endpoint.
        RequestDelegate page = context => IsUiRoute(context.Request) ? SendIndexAsync(context, index) : NotFound(context);
        // GET and HEAD only: a wrong method on an API route must still find no endpoint and answer 405.
        app.MapFallback("{**path:regex(^(?!static/))}", page).WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head])).AllowEveryone();
        app.MapGet("/", page).ExcludeFromDescription().AllowEveryone();
        return app;
    }

    private static string Root => Path.Combine(AppContext.BaseDirectory, "webui");

    // One provider for the process: the static files and index.html come from the same folder.
    private static PhysicalFileProvider Files => s_files ??= new PhysicalFileProvider(Root);

    private static PhysicalFileProvider? s_files;

    // Without a built UI (a build with no npm) the node runs without it: no provider for a missing folder.
    private static IFileInfo? Index() => Directory.Exists(Root) && Files.GetFileInfo("index.html") is { Exists: true } index ? index : null;

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    private static async Task SendIndexAsync(HttpContext context, IFileInfo index)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers[HeaderNames.ContentSecurityPolicy] = Policy;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        await context.Response.SendFileAsync(index, context.RequestAborted);
    }

    private static bool IsSubjectPage(PathString path) =>
        path.StartsWithSegments("/registry/subjects", out var rest) && rest.Value is { Length: > 1 } subject && subject.IndexOf('/', 1) < 0;

    /// <summary>A page load (GET asking for HTML) of a path that is not the API's; /registry/subjects/{subject} is both, told apart by Accept.</summary>
    private static bool IsUiRoute(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }

        var path = request.Path.Value ?? "/";
        if (s_reserved.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase)) && !IsSubjectPage(request.Path))
        {
            return false;
        }

        return request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }
}
