using System.Net;
using System.Net.Sockets;
using DataSpine.Grains.Catalog;
using DataSpine.Grains.Catalog.Connectors;
using DataSpine.Grains.Catalog.Sources;
using Microsoft.Data.Sqlite;

namespace DataSpine.Grains.Tests.Catalog.Connectors;

/// <summary>Issue 17: what a connector does with sources that point at the host, block, or never end.</summary>
public sealed class HostileSourceTests
{
    // A guard against a test that would hang on a blocked call; not a timing assertion.
    private static readonly TimeSpan s_hang = TimeSpan.FromSeconds(60);

    private readonly string _root = Directory.CreateTempSubdirectory("dataspine-hostile-").FullName;

    private SourceAccess Access(SourcesOptions? limits = null, params string[] forbidden) => TestAccess.Below(_root, limits, forbidden);

    [Fact]
    public async Task files_outside_the_root_devices_fifos_giants_and_binaries_are_each_their_own_error_and_the_rest_is_harvested()
    {
        HostileFiles.Link(_root, "passwd.csv", "/etc/passwd");
        HostileFiles.Link(_root, "zero.csv", "/dev/zero");
        HostileFiles.Fifo(_root, "fifo.csv");
        HostileFiles.Sparse(_root, "big.csv");
        HostileFiles.Binary(_root, "binary.csv");
        Directory.CreateSymbolicLink(Path.Combine(_root, "etc"), "/etc");
        await File.WriteAllTextAsync(Path.Combine(_root, "good.csv"), "id,name\n1,Ann\n");
        var connector = new FilesConnector(_root, Access());

        var assets = await connector.HarvestAsync(ScanScope.Everything, default).WaitAsync(s_hang);

        assets.ShouldHaveSingleItem().QualifiedName.ShouldBe("good.csv");
        connector.HarvestErrors.ToDictionary(e => e.QualifiedName, e => e.Code).ShouldBe(new Dictionary<string, string>
        {
            ["binary.csv"] = SourceAccessException.Unreadable,
            ["big.csv"] = SourceAccessException.TooLarge,
            ["fifo.csv"] = SourceAccessException.PathNotAllowed,
            ["passwd.csv"] = SourceAccessException.PathNotAllowed,
            ["zero.csv"] = SourceAccessException.PathNotAllowed,
        }, ignoreOrder: true);
        connector.HarvestErrors.ShouldAllBe(e => !e.Message.Contains(HostileFiles.PasswdContent));
        // The linked /etc is not even listed: no host file name shows up as an object.
        connector.HarvestErrors.ShouldAllBe(e => !e.QualifiedName.StartsWith("etc/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_device_or_fifo_is_refused_even_below_an_allowed_root()
    {
        var devices = TestAccess.Below("/dev");
        var fifo = HostileFiles.Fifo(_root, "shop.db");

        var zero = await Should.ThrowAsync<SourceAccessException>(() => new SqliteConnector("/dev/zero", devices).TestConnectionAsync(default).WaitAsync(s_hang));
        var pipe = await Should.ThrowAsync<SourceAccessException>(() => new SqliteConnector(fifo, Access()).HarvestAsync(ScanScope.Everything, default).WaitAsync(s_hang));
        var read = Should.Throw<SourceAccessException>(() => devices.Paths.OpenFile("/dev/zero", long.MaxValue));

        zero.Code.ShouldBe(SourceAccessException.PathNotAllowed);
        pipe.Code.ShouldBe(SourceAccessException.PathNotAllowed);
        read.Code.ShouldBe(SourceAccessException.PathNotAllowed);
    }

    [Fact]
    public async Task a_giant_file_allowed_by_size_is_still_read_within_the_line_limit_and_bounded_memory()
    {
        var sparse = HostileFiles.Sparse(_root, "zeros.ndjson");
        var connector = new FilesConnector(_root, Access(new SourcesOptions { MaxFileBytes = HostileFiles.SparseBytes * 2 }));
        var allocated = GC.GetTotalAllocatedBytes(precise: true);

        await connector.HarvestAsync(ScanScope.Everything, default).WaitAsync(s_hang);

        connector.HarvestErrors.ShouldHaveSingleItem().Code.ShouldBe(SourceAccessException.Unreadable);
        connector.HarvestErrors[0].Message.ShouldContain("Sources:MaxLineChars");
        // Reading the 2 GB as text would allocate gigabytes; a bounded reader stops after about one line limit.
        (GC.GetTotalAllocatedBytes(precise: true) - allocated).ShouldBeLessThan(512L << 20, Path.GetFileName(sparse));
    }

    [Fact]
    public async Task too_many_columns_is_unreadable()
    {
        await File.WriteAllTextAsync(Path.Combine(_root, "wide.csv"), string.Join(',', Enumerable.Range(0, 50).Select(i => $"c{i}")) + "\n");
        var connector = new FilesConnector(_root, Access(new SourcesOptions { MaxColumns = 20 }));

        await connector.HarvestAsync(ScanScope.Everything, default);

        connector.HarvestErrors.ShouldHaveSingleItem().Message.ShouldContain("Sources:MaxColumns");
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("/etc/no-such-file-here")]
    [InlineData("{root}/../../../../etc/passwd")]
    [InlineData("{root}/etc-link/passwd")]
    [InlineData("{root}/etc-link/no-such-file-here")]
    public async Task a_path_outside_the_root_is_refused_the_same_way_whether_or_not_it_exists(string path)
    {
        Directory.CreateSymbolicLink(Path.Combine(_root, "etc-link"), "/etc");
        var source = path.Replace("{root}", _root, StringComparison.Ordinal);

        var error = await Should.ThrowAsync<SourceAccessException>(() => new SqliteConnector(source, Access()).TestConnectionAsync(default));

        error.Code.ShouldBe(SourceAccessException.PathNotAllowed);
        error.Message.Replace(source, "<path>", StringComparison.Ordinal).ShouldBe(
            new SourceAccessException(SourceAccessException.PathNotAllowed, Access().Paths.RegistrationProblem("sqlite", "/etc/passwd")!).Message.Replace("/etc/passwd", "<path>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_link_swapped_after_it_was_checked_is_not_followed_out_of_the_root()
    {
        var inside = Path.Combine(_root, "real.db");
        await CreateDatabaseAsync(inside);
        var outside = Path.Combine(Directory.CreateTempSubdirectory("dataspine-outside-").FullName, "secret.db");
        await CreateDatabaseAsync(outside);
        var link = HostileFiles.Link(_root, "shop.db", inside);
        var connector = new SqliteConnector(link, Access());
        Access().Paths.RegistrationProblem("sqlite", link).ShouldBeNull();
        (await connector.HarvestAsync(ScanScope.Everything, default)).ShouldHaveSingleItem().Name.ShouldBe("t");

        File.Delete(link);
        File.CreateSymbolicLink(link, outside);

        (await Should.ThrowAsync<SourceAccessException>(() => connector.HarvestAsync(ScanScope.Everything, default))).Code.ShouldBe(SourceAccessException.PathNotAllowed);
    }

    [Fact]
    public void the_nodes_own_files_are_refused_even_below_a_root()
    {
        var state = Path.Combine(_root, "dataspine.db");
        var access = Access(null, state, state + "-wal");
        File.WriteAllText(state, "");

        access.Paths.RegistrationProblem("sqlite", state).ShouldNotBeNull();
        access.Paths.RegistrationProblem("sqlite", state + "-wal").ShouldNotBeNull();
        access.Paths.RegistrationProblem("sqlite", Path.Combine(_root, "sub", "..", "dataspine.db")).ShouldNotBeNull();
        access.Paths.RegistrationProblem("sqlite", Path.Combine(_root, "other.db")).ShouldBeNull();
    }

    [Fact]
    public async Task a_port_that_accepts_and_never_answers_fails_the_connect_within_the_timeout_and_on_cancel()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var connection = $"Host=127.0.0.1;Port={port};Username=x;Timeout=300";
        await using var timed = new PostgresConnector(connection, TimeSpan.FromSeconds(1));
        await using var cancelled = new PostgresConnector(connection, TimeSpan.FromMinutes(10));
        using var cancel = new CancellationTokenSource();

        var timeout = await Should.ThrowAsync<SourceAccessException>(() => timed.TestConnectionAsync(default).WaitAsync(s_hang));
        var harvest = cancelled.HarvestAsync(ScanScope.Everything, cancel.Token);
        await cancel.CancelAsync();

        timeout.Code.ShouldBe(SourceAccessException.Unreachable);
        await Should.ThrowAsync<OperationCanceledException>(() => harvest.WaitAsync(s_hang));
    }

    [Fact]
    public async Task a_call_blocked_in_the_kernel_is_abandoned_at_its_timeout_and_on_cancel()
    {
        using var blocked = new ManualResetEventSlim();
        using var cancel = new CancellationTokenSource();
        try
        {
            var timedOut = await Should.ThrowAsync<SourceAccessException>(() =>
                SourceAccess.CallAsync(_ => Task.FromResult(blocked.Wait(Timeout.Infinite, CancellationToken.None)), TimeSpan.FromMilliseconds(200), "A blocked read", default).WaitAsync(s_hang));
            var cancelled = SourceAccess.CallAsync(_ => Task.FromResult(blocked.Wait(Timeout.Infinite, CancellationToken.None)), TimeSpan.FromMinutes(10), "A blocked read", cancel.Token);
            await cancel.CancelAsync();

            timedOut.Code.ShouldBe(SourceAccessException.TimedOut);
            await Should.ThrowAsync<OperationCanceledException>(() => cancelled.WaitAsync(s_hang));
        }
        finally
        {
            blocked.Set();
        }
    }

    private static async Task CreateDatabaseAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE t (id INTEGER)";
        await command.ExecuteNonQueryAsync();
    }
}
