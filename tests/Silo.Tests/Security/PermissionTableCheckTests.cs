using DataSpine.Api.Policies;
using DataSpine.Api.Security;
using DataSpine.Grains.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DataSpine.Silo.Tests.Security;

/// <summary>
/// The start-up check that the permission table and the built-in role policies agree: a real node's endpoints pass
/// it (it started), and an endpoint whose policy action a lower role than it declares could not take stops the start
/// with a message that names it.
/// </summary>
public sealed class PermissionTableCheckTests
{
    [Fact]
    public async Task a_node_starts_when_every_endpoint_agrees_with_the_built_in_policies()
    {
        await using var node = NodeFactory.Sqlite();
        (await node.CreateClient().GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var endpoints = node.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        var declared = endpoints.Count(e => e.Metadata.GetMetadata<IAuthorizeData>() is not null);
        declared.ShouldBeGreaterThan(100);
        var check = node.Services.GetServices<IHostedService>().OfType<PermissionTableCheck>().ShouldHaveSingleItem();
        check.CheckedEndpoints.ShouldBe(declared, "the check ran at start-up, when every endpoint was already there");
        PermissionTableCheck.Disagreements(endpoints).ShouldBeEmpty();
    }

    [Fact]
    public async Task an_endpoint_whose_action_needs_another_role_than_it_declares_stops_the_start()
    {
        var fine = Endpoint("GET /fine", new AuthorizeAttribute(Roles.Name(Role.Viewer)));
        var writesAsViewer = Endpoint("POST /sneaky", new AuthorizeAttribute(Roles.Name(Role.Viewer)), new EndpointPolicy("write", Resources.FromRoute(Resources.Source)));
        var approvesAsAdmin = Endpoint("POST /approve", new AuthorizeAttribute(Roles.Name(Role.Admin)), new EndpointPolicy("approve", Resources.FromRoute(Resources.GlossaryTerm)));
        var check = new PermissionTableCheck(new DefaultEndpointDataSource(fine, writesAsViewer, approvesAsAdmin));

        var refused = await Should.ThrowAsync<InvalidOperationException>(() => check.StartedAsync(CancellationToken.None));

        refused.Message.ShouldContain("the node does not start");
        refused.Message.ShouldContain("POST /sneaky declares role viewer but policy action 'write', which the built-in policies grant from engineer.");
        refused.Message.ShouldContain("POST /approve declares role admin but policy action 'approve', which the built-in policies grant from steward.");
        refused.Message.ShouldNotContain("GET /fine");
    }

    private static RouteEndpoint Endpoint(string name, params object[] metadata) =>
        new(_ => Task.CompletedTask, RoutePatternFactory.Parse("/x"), 0, new EndpointMetadataCollection(metadata), name);
}
