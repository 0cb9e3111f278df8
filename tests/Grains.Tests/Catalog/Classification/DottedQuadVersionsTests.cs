using DataSpine.Grains.Catalog.Classification;

namespace DataSpine.Grains.Tests.Catalog.Classification;

public sealed class DottedQuadVersionsTests
{
    [Fact]
    public void four_part_versions_are_versions()
    {
        string[] values = ["1.2.3.4", "10.0.19.1", "2.4.1.0", "1.2.3.4", "3.11.200.7", "4.0.0.12"];
        DottedQuadVersions.LookLikeVersions(values).ShouldBeTrue();
        ColumnClassifier.Classify(new ColumnSample("agent_info", "text", values)).ShouldBeEmpty();
    }

    [Fact]
    public void public_and_private_addresses_are_not_versions()
    {
        string[] values = ["203.0.113.7", "10.0.3.177", "192.168.1.254", "10.0.12.99", "198.51.100.23", "172.16.4.200"];
        DottedQuadVersions.LookLikeVersions(values).ShouldBeFalse();
        ColumnClassifier.Classify(new ColumnSample("col2", "text", values)).Select(c => c.Class).ShouldBe([PiiClasses.IpAddress]);
    }

    [Fact]
    public void a_strong_ip_name_keeps_small_private_addresses()
    {
        string[] values = ["10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.1.4", "10.0.0.5"];
        ColumnClassifier.Classify(new ColumnSample("client_ip", "text", values)).Select(c => c.Class).ShouldBe([PiiClasses.IpAddress]);
    }
}
