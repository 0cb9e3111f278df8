using DataSpine.Tests.Shared.Kafka;

namespace DataSpine.Silo.Tests.Registry;

/// <summary>
/// One real node and one mock Kafka cluster shared by the tests that drive Confluent's clients: a node
/// process takes seconds to start, and every test works under topics and subjects of its own.
/// </summary>
public sealed class ConfluentNode : IAsyncLifetime
{
    public const string Collection = "Confluent clients against a real node";

    public KafkaMockCluster Cluster { get; } = KafkaMockCluster.Start();

    internal RealNode Node { get; private set; } = null!;

    public async Task InitializeAsync() => Node = await RealNode.StartAsync();

    public async Task DisposeAsync()
    {
        await Node.DisposeAsync();
        Cluster.Dispose();
    }
}

[CollectionDefinition(ConfluentNode.Collection)]
public sealed class ConfluentNodeCollection : ICollectionFixture<ConfluentNode>;
