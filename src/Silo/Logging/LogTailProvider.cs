namespace DataSpine.Silo.Logging;

/// <summary>Feeds every log line that passes the configured filters into the <see cref="LogTail"/>.</summary>
[ProviderAlias("LogTail")]
internal sealed class LogTailProvider(LogTail tail) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new LogTailLogger(categoryName, tail);

    public void Dispose()
    {
    }

    private sealed class LogTailLogger(string category, LogTail tail) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                ArgumentNullException.ThrowIfNull(formatter);
                tail.Add(logLevel, category, formatter(state, exception), exception);
            }
        }
    }
}
