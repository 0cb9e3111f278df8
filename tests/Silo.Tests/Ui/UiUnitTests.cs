namespace DataSpine.Silo.Tests.Ui;

/// <summary>The UI's client-side rules (query-string state, graph expansion, layout, diffs) under vitest, so one dotnet test runs them.</summary>
public sealed class UiUnitTests
{
    [Fact]
    public async Task the_web_ui_client_logic_passes_its_vitest_suite()
    {
        var (code, output) = await NodeTool.RunAsync("npm", WebUi.Folder, TimeSpan.FromMinutes(3), "test", "--silent");
        code.ShouldBe(0, output);
        output.ShouldContain("passed");
        output.ShouldNotContain("failed");
    }
}
