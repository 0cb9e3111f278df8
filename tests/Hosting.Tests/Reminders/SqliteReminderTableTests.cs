using DataSpine.Hosting.Reminders;
using Microsoft.Data.Sqlite;

namespace DataSpine.Hosting.Tests.Reminders;

public sealed class SqliteReminderTableTests : ReminderTableContract
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ds-reminders-").FullName;

    private string ConnectionString => $"Data Source={Path.Combine(_folder, "reminders.db")}";

    public override Task InitializeAsync() => Task.CompletedTask;

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    protected override async Task<IReminderTable> OpenAsync()
    {
        var table = new SqliteReminderTable(ConnectionString);
        await table.StartAsync();
        return table;
    }
}
