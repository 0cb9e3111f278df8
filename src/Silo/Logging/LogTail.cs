namespace DataSpine.Silo.Logging;

/// <summary>One log line as the dashboard's log tail shows it; <c>Sequence</c> counts up from 1 per node.</summary>
public sealed record LogLine(long Sequence, DateTimeOffset At, string Level, string Category, string Message, string? Exception);

/// <summary>
/// The node's most recent log lines in a fixed ring (the oldest drop out), for the dashboard. It holds
/// what the other log providers write, after the same level filters; nothing else is kept.
/// </summary>
public sealed class LogTail(TimeProvider time)
{
    public const int Capacity = 500;
    public const int MaxMessageLength = 4000;

    private readonly Lock _lock = new();
    private readonly LogLine[] _lines = new LogLine[Capacity];
    private long _last;

    public void Add(LogLevel level, string category, string message, Exception? exception)
    {
        var error = exception is null ? null : Clip($"{exception.GetType().FullName}: {exception.Message}");
        lock (_lock)
        {
            _last++;
            _lines[_last % Capacity] = new LogLine(_last, time.GetUtcNow(), level.ToString(), category, Clip(message), error);
        }
    }

    /// <summary>The lines after <paramref name="after"/>, oldest first, at most <paramref name="limit"/> (the newest ones).</summary>
    public IReadOnlyList<LogLine> After(long after, int limit)
    {
        lock (_lock)
        {
            var first = Math.Max(Math.Max(after + 1, _last - Capacity + 1), _last - limit + 1);
            var lines = new List<LogLine>((int)Math.Max(0, _last - first + 1));
            for (var sequence = Math.Max(first, 1); sequence <= _last; sequence++)
            {
                lines.Add(_lines[sequence % Capacity]);
            }

            return lines;
        }
    }

    private static string Clip(string text) => text.Length <= MaxMessageLength ? text : string.Concat(text.AsSpan(0, MaxMessageLength), "…");
}
