using System.Runtime.InteropServices;
using System.Text;

namespace DataSpine.Tests.Shared.Kafka;

/// <summary>
/// librdkafka's own mock Kafka cluster: real brokers speaking the Kafka protocol on loopback TCP ports,
/// inside this process. No Kafka broker can be installed on these machines (see ../shared/ENVIRONMENT.md).
/// </summary>
public sealed class KafkaMockCluster : IDisposable
{
    private readonly Lock _lock = new();
    private nint _handle;
    private nint _cluster;

    private KafkaMockCluster(nint handle, nint cluster, string bootstrapServers)
    {
        _handle = handle;
        _cluster = cluster;
        BootstrapServers = bootstrapServers;
    }

    /// <summary>"127.0.0.1:port,..." of the mock brokers.</summary>
    public string BootstrapServers { get; }

    public static KafkaMockCluster Start(int brokers = 1)
    {
        var errors = new byte[512];
        var conf = Native.rd_kafka_conf_new();
        // The host instance never talks to anyone; keep its log to errors.
        if (Native.rd_kafka_conf_set(conf, "log_level", "3", errors, errors.Length) != 0)
        {
            throw new InvalidOperationException($"rd_kafka_conf_set failed: {Text(errors)}");
        }

        var handle = Native.rd_kafka_new(0, conf, errors, errors.Length);
        if (handle == 0)
        {
            throw new InvalidOperationException($"rd_kafka_new failed: {Text(errors)}");
        }

        var cluster = Native.rd_kafka_mock_cluster_new(handle, brokers);
        if (cluster == 0)
        {
            Native.rd_kafka_destroy(handle);
            throw new InvalidOperationException("rd_kafka_mock_cluster_new failed.");
        }

        return new KafkaMockCluster(handle, cluster, Marshal.PtrToStringUTF8(Native.rd_kafka_mock_cluster_bootstraps(cluster))!);
    }

    public void CreateTopic(string name, int partitions = 1, int replicationFactor = 1)
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_cluster == 0, this);
            var error = Native.rd_kafka_mock_topic_create(_cluster, name, partitions, replicationFactor);
            if (error != 0)
            {
                throw new InvalidOperationException($"rd_kafka_mock_topic_create({name}) failed with error {error}.");
            }
        }
    }

    /// <summary>
    /// Makes the brokers answer metadata for the topic with an error code (3: UNKNOWN_TOPIC_OR_PART, what
    /// a topic being deleted answers); librdkafka 2.0.2's mock cannot delete a topic.
    /// </summary>
    public void SetTopicError(string name, int errorCode)
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_cluster == 0, this);
            Native.rd_kafka_mock_topic_set_error(_cluster, name, errorCode);
        }
    }

    /// <summary>Disconnects a broker (ids start at 1) and refuses new connections until <see cref="SetBrokerUp"/>.</summary>
    public void SetBrokerDown(int brokerId) => SetBroker(brokerId, up: false);

    public void SetBrokerUp(int brokerId) => SetBroker(brokerId, up: true);

    private void SetBroker(int brokerId, bool up)
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_cluster == 0, this);
            var error = up ? Native.rd_kafka_mock_broker_set_up(_cluster, brokerId) : Native.rd_kafka_mock_broker_set_down(_cluster, brokerId);
            if (error != 0)
            {
                throw new InvalidOperationException($"Setting mock broker {brokerId} {(up ? "up" : "down")} failed with error {error}.");
            }
        }
    }

    /// <summary>A loopback port nothing listens on (it was free a moment ago).</summary>
    public static int ClosedPort() => FreePorts.Next();

    public void Dispose()
    {
        lock (_lock)
        {
            if (_cluster != 0)
            {
                Native.rd_kafka_mock_cluster_destroy(_cluster);
                Native.rd_kafka_destroy(_handle);
                _cluster = 0;
                _handle = 0;
            }
        }
    }

    private static string Text(byte[] errors) => Encoding.UTF8.GetString(errors).TrimEnd('\0');

    private static class Native
    {
        private const string Library = "librdkafka.so.1";

        [DllImport(Library)]
        public static extern nint rd_kafka_conf_new();

        [DllImport(Library)]
        public static extern int rd_kafka_conf_set(
            nint conf, [MarshalAs(UnmanagedType.LPUTF8Str)] string name, [MarshalAs(UnmanagedType.LPUTF8Str)] string value, byte[] errors, nint size);

        [DllImport(Library)]
        public static extern nint rd_kafka_new(int type, nint conf, byte[] errors, nint size);

        [DllImport(Library)]
        public static extern void rd_kafka_destroy(nint handle);

        [DllImport(Library)]
        public static extern nint rd_kafka_mock_cluster_new(nint handle, int brokers);

        [DllImport(Library)]
        public static extern nint rd_kafka_mock_cluster_bootstraps(nint cluster);

        [DllImport(Library)]
        public static extern int rd_kafka_mock_topic_create(
            nint cluster, [MarshalAs(UnmanagedType.LPUTF8Str)] string topic, int partitions, int replicationFactor);

        [DllImport(Library)]
        public static extern void rd_kafka_mock_topic_set_error(
            nint cluster, [MarshalAs(UnmanagedType.LPUTF8Str)] string topic, int error);

        [DllImport(Library)]
        public static extern void rd_kafka_mock_cluster_destroy(nint cluster);

        [DllImport(Library)]
        public static extern int rd_kafka_mock_broker_set_down(nint cluster, int brokerId);

        [DllImport(Library)]
        public static extern int rd_kafka_mock_broker_set_up(nint cluster, int brokerId);
    }
}
