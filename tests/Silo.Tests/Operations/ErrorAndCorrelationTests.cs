using System.Text.Json;

namespace DataSpine.Silo.Tests.Operations;

public sealed class ErrorAndCorrelationTests
{
    [Fact]
    public async Task a_caller_correlation_id_is_echoed_and_used_as_trace_id()
    {
        await using var node = NodeFactory.Sqlite();
        var client = node.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/no-such-thing");
        request.Headers.Add("X-Correlation-Id", "req-42");

        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Headers.GetValues("X-Correlation-Id").ShouldBe(["req-42"]);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("not_found");
        problem.GetProperty("traceId").GetString().ShouldBe("req-42");
    }

    [Fact]
    public async Task an_unsafe_correlation_id_is_replaced_by_a_fresh_one()
    {
        await using var node = NodeFactory.Sqlite();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.TryAddWithoutValidation("X-Correlation-Id", "bad id with spaces and <script>");

        var response = await node.CreateClient().SendAsync(request);

        var id = response.Headers.GetValues("X-Correlation-Id").Single();
        id.ShouldNotContain(" ");
        id.Length.ShouldBe(32);
    }

    [Fact]
    public async Task a_wrong_method_gets_a_problem_with_a_stable_code()
    {
        await using var node = NodeFactory.Sqlite();
        var response = await node.CreateClient().DeleteAsync("/api/v1/cluster/silos");

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("method_not_allowed");
    }

    [Fact]
    public async Task cluster_silos_lists_this_silo_with_its_activations()
    {
        await using var node = NodeFactory.Sqlite();
        var silos = await node.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/cluster/silos");

        silos.GetArrayLength().ShouldBe(1);
        silos[0].GetProperty("silo").GetString()!.ShouldContain(":");
        silos[0].GetProperty("totalActivations").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
    }
}
