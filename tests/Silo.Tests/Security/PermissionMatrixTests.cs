using System.Text;
using System.Text.Json;
using DataSpine.Grains.Security;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DataSpine.Silo.Tests.Security;

/// <summary>
/// Every operation of the node's OpenAPI document × anonymous and every role: allowed callers never get 401/403
/// (a 400 or 404 for the dummy path values still counts as allowed), others get 401 without a key and 403 with a
/// key of too low a role. The expected role comes from <see cref="PermissionTable"/>, so an endpoint that is new,
/// or declares a different permission, fails here.
/// </summary>
public sealed class PermissionMatrixTests
{
    private static readonly string[] Callers = ["anonymous", "viewer", "steward", "engineer", "admin"];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task every_operation_answers_each_role_as_the_table_says(bool anonymousReads)
    {
        await using var node = NodeFactory.Sqlite(("Auth:AnonymousReads", anonymousReads ? "true" : "false"));
        // Redirects are answers too (/dashboard → /dashboard/), and following one would drop the key.
        HttpClient Client() => node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var clients = new Dictionary<string, HttpClient> { ["anonymous"] = Client(), ["admin"] = Client() };
        clients["anonymous"].DefaultRequestHeaders.Authorization = null;
        foreach (var role in new[] { Role.Viewer, Role.Steward, Role.Engineer })
        {
            clients[role.ToString().ToLowerInvariant()] = Client().WithKey(await node.CreateKeyAsync(role));
        }

        var operations = await OperationsAsync(node.CreateClient());
        var wrong = new List<string>();
        operations.Where(o => PermissionTable.For(o.Id, o.Path) is null).Select(o => $"{o.Method} {o.Path} ({o.Id})")
            .ShouldBeEmpty("operations missing from PermissionTable: declare their permission and list them");
        PermissionTable.Expected.Keys.Except(operations.Select(o => o.Id)).ShouldBeEmpty("PermissionTable lists operations the node no longer has");
        foreach (var operation in operations)
        {
            foreach (var caller in Callers)
            {
                // Headers are enough: the dashboard's trace answers a stream that never ends.
                using var response = await clients[caller].SendAsync(operation.Request(), HttpCompletionOption.ResponseHeadersRead);
                var expected = Expected(PermissionTable.For(operation.Id, operation.Path)!, caller, anonymousReads);
                if (Verdict((int)response.StatusCode) != expected)
                {
                    wrong.Add($"{operation.Method} {operation.Path} ({operation.Id}) as {caller}: {(int)response.StatusCode}, expected {expected}");
                }
            }
        }

        wrong.ShouldBeEmpty();
        operations.Count(o => o.Path.StartsWith("/dashboard", StringComparison.Ordinal)).ShouldBeGreaterThan(10, "the dashboard's routes are in the document");
        operations.Count.ShouldBeGreaterThan(80);
    }

    [Fact]
    public async Task the_dashboard_is_for_admins_only_and_refusals_are_problem_details()
    {
        await using var node = NodeFactory.Sqlite();
        var viewer = await node.CreateClientAsync(Role.Viewer);
        var anonymous = node.CreateAnonymousClient();

        (await node.CreateClient().GetAsync("/dashboard/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var forbidden = await viewer.GetAsync("/dashboard/");
        var unauthenticated = await anonymous.GetAsync("/dashboard/");

        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await forbidden.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("forbidden");
        unauthenticated.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        unauthenticated.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await unauthenticated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("unauthenticated");
        unauthenticated.Headers.WwwAuthenticate.Select(h => h.Scheme).ShouldBe(["Bearer", "Basic"], ignoreOrder: true);
    }

    private static string Verdict(int status) => status switch
    {
        401 => "401",
        403 => "403",
        _ => "allowed",
    };

    private static string Expected(string access, string caller, bool anonymousReads)
    {
        if (access == PermissionTable.Open)
        {
            return "allowed";
        }

        if (caller == "anonymous")
        {
            return access == "viewer" && anonymousReads ? "allowed" : "401";
        }

        var needed = access is PermissionTable.Metrics or PermissionTable.Dashboard ? Role.Admin : Enum.Parse<Role>(access, ignoreCase: true);
        return Enum.Parse<Role>(caller, ignoreCase: true) >= needed ? "allowed" : "403";
    }

    private static async Task<List<Operation>> OperationsAsync(HttpClient admin)
    {
        var document = await admin.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var operations = new List<Operation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in path.Value.EnumerateObject().Where(m => m.Name is "get" or "post" or "put" or "delete" or "patch"))
            {
                var id = method.Value.TryGetProperty("operationId", out var name) ? name.GetString()! : $"(unnamed {method.Name} {path.Name})";
                operations.Add(new Operation(id, method.Name.ToUpperInvariant(), path.Name));
            }
        }

        return operations;
    }

    /// <summary>An operation called with "1" for every path value and an empty JSON object as body.</summary>
    private sealed record Operation(string Id, string Method, string Path)
    {
        public HttpRequestMessage Request()
        {
            var request = new HttpRequestMessage(new HttpMethod(Method), System.Text.RegularExpressions.Regex.Replace(Path, "\\{[^}]+\\}", "1"));
            if (Method is "POST" or "PUT")
            {
                request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            }

            return request;
        }
    }
}
