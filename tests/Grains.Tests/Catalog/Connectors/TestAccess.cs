using DataSpine.Grains.Catalog.Connectors;
using DataSpine.Grains.Catalog.Connectors.Files;
using DataSpine.Grains.Catalog.Sources;

namespace DataSpine.Grains.Tests.Catalog.Connectors;

/// <summary>The access a node would give its connectors, with the allowed roots and limits a test chooses.</summary>
internal static class TestAccess
{
    /// <summary>Reading below the machine's temporary folder, where these tests write their sources.</summary>
    public static SourceAccess Temp { get; } = Below(Path.GetTempPath());

    public static SourceAccess Below(string root, SourcesOptions? limits = null, params string[] forbidden) =>
        new(new SourcePaths([root], forbidden), limits ?? new SourcesOptions());
}
