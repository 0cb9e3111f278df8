using Confluent.Kafka;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Providers.Streams.Common;
using Orleans.Serialization;
using Orleans.Streams;

namespace DataSpine.Hosting.Streams.Kafka;

/// <summary>
/// DataSpine's own Orleans persistent stream provider over Confluent.Kafka: no Orleans stream provider for
/// Kafka exists in any package registry we can reach (Orleans ships Azure Queue, Event Hubs, SQS and memory
/// ones), so this one is hand-written from Orleans' adapter contracts, with Orleans' own cache and balancer.
/// </summary>
public sealed class KafkaQueueAdapterFactory : IQueueAdapterFactory, IDisposable
{
    private readonly string _name;
    private readonly KafkaStreamOptions _options;
    private readonly KafkaQueueMapper _mapper;
    private readonly KafkaRecordDecoder _decoder;
    private readonly ILoggerFactory _loggerFactory;
    private readonly SimpleQueueAdapterCache _cache;
    private readonly Lazy<IProducer<byte[]?, byte[]?>> _producer;

    public KafkaQueueAdapterFactory(string name, KafkaStreamOptions options, Serializer serializer, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        _name = name;
        _options = options;
        _mapper = new KafkaQueueMapper(options);
        _decoder = new KafkaRecordDecoder(serializer);
        _loggerFactory = loggerFactory;
        _cache = new SimpleQueueAdapterCache(new SimpleQueueCacheOptions { CacheSize = options.CacheSize }, name, loggerFactory);
        _producer = new(() => new ProducerBuilder<byte[]?, byte[]?>(KafkaClientConfig.Producer(options)).Build());
    }

    public static KafkaQueueAdapterFactory Create(IServiceProvider services, string name, KafkaStreamOptions options) =>
        new(name, options, services.GetRequiredService<Serializer>(), services.GetRequiredService<ILoggerFactory>());

    [Obsolete("Orleans calls the overload with a CancellationToken.")]
    public Task<IQueueAdapter> CreateAdapter() => CreateAdapter(CancellationToken.None);

    public Task<IQueueAdapter> CreateAdapter(CancellationToken cancellationToken) =>
        Task.FromResult<IQueueAdapter>(new KafkaQueueAdapter(_name, _options, _mapper, _decoder, _producer.Value, _loggerFactory));

    public IQueueAdapterCache GetQueueAdapterCache() => _cache;

    public IStreamQueueMapper GetStreamQueueMapper() => _mapper;

    public Task<IStreamFailureHandler> GetDeliveryFailureHandler(QueueId queueId) =>
        Task.FromResult<IStreamFailureHandler>(new NoOpStreamDeliveryFailureHandler());

    public void Dispose()
    {
        if (_producer.IsValueCreated)
        {
            _producer.Value.Flush(TimeSpan.FromSeconds(5));
            _producer.Value.Dispose();
        }
    }
}
