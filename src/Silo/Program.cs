using DataSpine.Silo;

var builder = WebApplication.CreateBuilder(args);
builder.AddDataSpineNode();
var app = builder.Build();
app.MapDataSpineNode();
return await app.RunNodeAsync();

/// <summary>The entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
