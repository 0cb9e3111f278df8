using DataSpine.Silo;

var builder = WebApplication.CreateBuilder(args);
try
{
    builder.AddDataSpineNode();
}
catch (InvalidOperationException error)
{
    // A setting that is wrong or retired: say which, and do not start.
    await Console.Error.WriteLineAsync($"DataSpine could not start: {error.Message}");
    return 1;
}

var app = builder.Build();
app.MapDataSpineNode();
return await app.RunNodeAsync();

/// <summary>The entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
