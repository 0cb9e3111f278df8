using System.Net.Sockets;
using System.Text.Json;

namespace DataSpine.Silo.Tests.Catalog;

/// <summary>
/// Issue 17, against a real node: sources that point at the host, block, or never end are refused or
/// become per-object errors; nothing of the host is read; the node keeps answering.
/// </summary>
public sealed class HostileSourceTests : IAsyncDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("dataspine-hostile-root-").FullName;
    private readonly NodeFactory _node;
    private readonly CatalogClient _catalog;

    private string StateDatabase => Path.Combine(_root, "state", "dataspine.db");

    public HostileSourceTests()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(StateDatabase)!);
        // The node's own database sits below the allowed root on purpose: it must be refused all the same.
        _node = new NodeFactory(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:ConnectionString"] = $"Data Source={StateDatabase}",
            ["Sources:AllowedRoots:0"] = _root,
            ["Sources:ConnectTimeout"] = "00:00:02",
        });
        _catalog = new CatalogClient(_node.CreateClient());
    }

    public ValueTask DisposeAsync() => _node.DisposeAsync();

    [Fact]
    public async Task a_folder_of_hostile_files_scans_with_one_error_per_file_and_reads_nothing_of_the_host()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "drop")).FullName;
        HostileFiles.Link(folder, "passwd.csv", "/etc/passwd");
        HostileFiles.Link(folder, "zero.csv", "/dev/zero");
        HostileFiles.Fifo(folder, "x.csv");
        HostileFiles.Sparse(folder, "big.csv");
        HostileFiles.Binary(folder, "binary.csv");
        Directory.CreateSymbolicLink(Path.Combine(folder, "etc"), "/etc");
        await File.WriteAllTextAsync(Path.Combine(folder, "good.csv"), "id,name\n1,Ann\n");
        var id = await _catalog.RegisterAsync("files", folder, new { samplingAllowed = true });

        var scan = await _catalog.ScanToEndAsync(id);

        scan.GetProperty("status").GetString().ShouldBe("Succeeded");
        var errors = scan.GetProperty("objectErrors").EnumerateArray()
            .ToDictionary(e => e.GetProperty("qualifiedName").GetString()!, e => e.GetProperty("code").GetString()!);
        errors.ShouldBe(new Dictionary<string, string>
        {
            ["binary.csv"] = "source_unreadable",
            ["big.csv"] = "source_too_large",
            ["passwd.csv"] = "source_path_not_allowed",
            ["x.csv"] = "source_path_not_allowed",
            ["zero.csv"] = "source_path_not_allowed",
        }, ignoreOrder: true);
        var assets = await _catalog.AssetsAsync(id);
        assets.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("qualifiedName").GetString()).ShouldBe(["good.csv"]);
        await ShouldNotShowThePasswdFileAsync(id, scan);
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("/etc/no-such-file.db")]
    [InlineData("/dev/zero")]
    [InlineData("{root}/../../../../etc/passwd")]
    [InlineData("{root}/passwd-link")]
    [InlineData("{root}/fifo.db")]
    [InlineData("{state}")]
    [InlineData("{state}-wal")]
    [InlineData("{root}/state/../state/dataspine.db")]
    public async Task a_sqlite_path_the_node_must_not_read_is_refused_at_registration_and_changes_nothing(string path)
    {
        HostileFiles.Link(_root, "passwd-link", "/etc/passwd");
        HostileFiles.Fifo(_root, "fifo.db");
        var connection = path.Replace("{root}", _root, StringComparison.Ordinal).Replace("{state}", StateDatabase, StringComparison.Ordinal);

        var response = await _catalog.Http.PostAsJsonAsync("/api/v1/sources", new { name = $"hostile-{Guid.NewGuid():N}", type = "sqlite", connection });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("source_path_not_allowed");
        // One answer for every refused path: it tells nothing of what is there.
        problem.GetProperty("detail").GetString()!.Replace(connection, "<path>", StringComparison.Ordinal)
            .ShouldBe(await RefusalOfAsync("/etc/no-such-file.db"));
        (await _catalog.Http.GetStringAsync("/api/v1/sources")).ShouldContain("\"total\":0");
    }

    [Fact]
    public async Task a_files_source_outside_the_roots_is_refused()
    {
        var response = await _catalog.Http.PostAsJsonAsync("/api/v1/sources", new { name = "etc", type = "files", connection = "/etc" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("source_path_not_allowed");
    }

    [Fact]
    public async Task a_link_swapped_after_registration_is_not_read_and_the_test_says_the_same_for_missing_and_forbidden()
    {
        var database = await CatalogClient.NewSqliteSourceAsync("CREATE TABLE t (id INTEGER)");
        var inside = Path.Combine(_root, "shop-real.db");
        File.Copy(database, inside);
        var link = HostileFiles.Link(_root, "shop.db", inside);
        var id = await _catalog.RegisterAsync("sqlite", link);
        (await TestAsync(id)).GetProperty("ok").GetBoolean().ShouldBeTrue();

        File.Delete(link);
        File.CreateSymbolicLink(link, "/etc/passwd");
        var forbidden = await TestAsync(id);
        var scan = await _catalog.ScanToEndAsync(id);
        File.Delete(link);
        File.CreateSymbolicLink(link, "/etc/no-such-file.db");
        var missing = await TestAsync(id);

        forbidden.GetProperty("ok").GetBoolean().ShouldBeFalse();
        forbidden.GetProperty("code").GetString().ShouldBe("source_path_not_allowed");
        (missing.GetProperty("code").GetString(), missing.GetProperty("message").GetString())
            .ShouldBe((forbidden.GetProperty("code").GetString(), forbidden.GetProperty("message").GetString()));
        scan.GetProperty("status").GetString().ShouldBe("Failed");
        scan.GetProperty("errorCode").GetString().ShouldBe("source_path_not_allowed");
        await ShouldNotShowThePasswdFileAsync(id, scan);
    }

    [Fact]
    public async Task a_file_that_is_not_sqlite_fails_its_scan_as_unreadable()
    {
        var path = HostileFiles.Binary(_root, "not-sqlite.db", 4096);
        var id = await _catalog.RegisterAsync("sqlite", path);

        var scan = await _catalog.ScanToEndAsync(id);

        scan.GetProperty("status").GetString().ShouldBe("Failed");
        scan.GetProperty("errorCode").GetString().ShouldBe("source_unreadable");
        (await _catalog.Http.GetAsync("/healthz")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task a_closed_port_and_a_port_that_never_answers_fail_their_scans_and_tests_and_the_node_keeps_answering()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start(); // accepts connections (the kernel does) and never reads nor answers
        var silentPort = ((IPEndPoint)silent.LocalEndpoint).Port;
        var closed = await _catalog.RegisterAsync("postgres", $"Host=127.0.0.1;Port={FreePorts.Next()};Username=x");
        var mute = await _catalog.RegisterAsync("postgres", $"Host=127.0.0.1;Port={silentPort};Username=x;Timeout=300");

        var closedScan = await _catalog.ScanToEndAsync(closed);
        var muteScan = await _catalog.ScanToEndAsync(mute);
        var muteTest = await TestAsync(mute);

        closedScan.GetProperty("errorCode").GetString().ShouldBe("source_unreachable");
        muteScan.GetProperty("status").GetString().ShouldBe("Failed");
        muteScan.GetProperty("errorCode").GetString().ShouldBe("source_unreachable");
        muteTest.GetProperty("ok").GetBoolean().ShouldBeFalse();
        (await _catalog.Http.GetAsync("/healthz")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _catalog.Http.GetAsync("/api/v1/sources")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<string> RefusalOfAsync(string path)
    {
        var response = await _catalog.Http.PostAsJsonAsync("/api/v1/sources", new { name = $"probe-{Guid.NewGuid():N}", type = "sqlite", connection = path });
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        return detail.Replace(path, "<path>", StringComparison.Ordinal);
    }

    private async Task<JsonElement> TestAsync(string sourceId)
    {
        var response = await _catalog.Http.PostAsJsonAsync($"/api/v1/sources/{sourceId}/test", new { });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task ShouldNotShowThePasswdFileAsync(string sourceId, JsonElement scan)
    {
        scan.GetRawText().ShouldNotContain(HostileFiles.PasswdContent);
        (await _catalog.Http.GetStringAsync($"/api/v1/sources/{sourceId}/assets?limit=500")).ShouldNotContain(HostileFiles.PasswdContent);
        foreach (var word in new[] { "root", "daemon", "nologin" })
        {
            (await _catalog.Http.GetFromJsonAsync<JsonElement>($"/api/v1/search?q={word}")).GetProperty("total").GetInt32().ShouldBe(0, word);
        }
    }
}
