using DataSpine.Grains.Catalog;
using DataSpine.Grains.Catalog.Connectors;

namespace DataSpine.Grains.Tests.Catalog.Connectors;

public sealed class FilesConnectorTests
{
    private static string NewFolder(params (string Path, string Content)[] files)
    {
        var folder = Directory.CreateTempSubdirectory("dataspine-files-").FullName;
        foreach (var (path, content) in files)
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
        }

        return folder;
    }

    [Fact]
    public async Task csv_columns_and_types_are_inferred_from_header_and_values()
    {
        var folder = NewFolder(("people.csv",
            "id,name,zip_code,joined,score,active,notes\n" +
            "1,\"Lee, Ann\",02134,2024-01-05,3.5,true,\"said \"\"hi\"\"\nthen left\"\n" +
            "2,Bo,10001,2024-02-01,4,false,\n"));
        var connector = new FilesConnector(folder, TestAccess.Temp);

        var asset = (await connector.HarvestAsync(ScanScope.Everything, default)).ShouldHaveSingleItem();

        asset.QualifiedName.ShouldBe("people.csv");
        asset.Type.ShouldBe(AssetType.File);
        asset.Columns.Select(c => $"{c.Name}:{c.DataType}").ShouldBe(
            ["id:integer", "name:string", "zip_code:string", "joined:date", "score:decimal", "active:boolean", "notes:string"]);
        asset.Columns.Single(c => c.Name == "notes").Nullable.ShouldBeTrue();
        asset.Columns.Single(c => c.Name == "id").Nullable.ShouldBeFalse();
        var profile = await connector.ProfileAsync(asset, ScanScope.Everything with { SamplingAllowed = true }, default);
        profile.RowCount.ShouldBe(2);
        profile.SampleValues["notes"].ShouldBe(["said \"hi\"\nthen left"]);
        profile.Columns.Single(c => c.Column == "score").Max.ShouldBe("4");
    }

    [Fact]
    public async Task ndjson_and_json_arrays_union_their_keys_and_mark_missing_ones_nullable()
    {
        var folder = NewFolder(
            ("events/clicks.ndjson", "{\"user\":\"u1\",\"at\":\"2024-01-05T10:00:00Z\"}\n\n{\"user\":\"u2\",\"at\":\"2024-01-05T11:00:00Z\",\"meta\":{\"a\":1}}\n"),
            ("lists.json", "[{\"id\":1,\"tags\":[\"a\"]},{\"id\":2,\"tags\":[]}]"));
        var assets = await new FilesConnector(folder, TestAccess.Temp).HarvestAsync(ScanScope.Everything, default);

        var clicks = assets.Single(a => a.Name == "clicks.ndjson");
        clicks.Schema.ShouldBe("events");
        clicks.Columns.Select(c => $"{c.Name}:{c.DataType}:{c.Nullable}").ShouldBe(
            ["user:string:False", "at:timestamp:False", "meta:object:True"]);
        assets.Single(a => a.Name == "lists.json").Columns.Select(c => c.DataType).ShouldBe(["integer", "array"]);
    }

    [Fact]
    public async Task a_malformed_json_file_is_that_files_error_and_the_others_are_harvested()
    {
        var folder = NewFolder(("broken.ndjson", "{\"a\":1}\n{not json\n"), ("good.csv", "id\n1\n"));
        var connector = new FilesConnector(folder, TestAccess.Temp);

        var assets = await connector.HarvestAsync(ScanScope.Everything, default);

        assets.ShouldHaveSingleItem().Name.ShouldBe("good.csv");
        var error = connector.HarvestErrors.ShouldHaveSingleItem();
        error.QualifiedName.ShouldBe("broken.ndjson");
        error.Code.ShouldBe(SourceAccessException.Unreadable);
        error.Message.ShouldContain("line 2");
    }

    [Fact]
    public async Task a_missing_folder_below_a_root_is_reported_as_not_found()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"dataspine-missing-{Guid.NewGuid():N}");
        var error = await Should.ThrowAsync<SourceAccessException>(() => new FilesConnector(missing, TestAccess.Temp).TestConnectionAsync(default));
        error.Code.ShouldBe(SourceAccessException.NotFound);
    }
}
