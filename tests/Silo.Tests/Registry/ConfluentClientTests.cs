namespace DataSpine.Silo.Tests.Registry;

public sealed class ConfluentClientTests
{
    [Fact]
    public async Task confluents_javascript_client_works_against_a_running_node()
    {
        var folder = await NodeTool.ClientFolderAsync();
        var script = Path.Combine(folder, $"proof-{Guid.NewGuid():N}.mjs");
        await File.WriteAllTextAsync(script, ConfluentClientScript.Text);
        await using var node = await RealNode.StartAsync();
        try
        {
            var viewer = await node.CreateKeyAsync("viewer");
            var (code, output) = await NodeTool.RunAsync("node", folder, TimeSpan.FromMinutes(2), script, node.BaseUrl + "/registry", TestKeys.Admin, viewer);

            code.ShouldBe(0, $"{output}\n--- node log (tail) ---\n{string.Join('\n', node.Log.Split('\n').TakeLast(20))}");
            output.ShouldContain("confluent client proof passed");
        }
        finally
        {
            File.Delete(script);
        }
    }
}
