using DataSpine.Silo.Logging;
using Microsoft.Extensions.Logging;

namespace DataSpine.Silo.Tests.Dashboard;

public sealed class LogTailTests
{
    [Fact]
    public void the_tail_keeps_the_latest_lines_oldest_first()
    {
        var tail = new LogTail(TimeProvider.System);
        for (var i = 1; i <= LogTail.Capacity + 20; i++)
        {
            tail.Add(LogLevel.Information, "test", $"line {i}", null);
        }

        var all = tail.After(0, LogTail.Capacity);
        all.Count.ShouldBe(LogTail.Capacity);
        all[0].Message.ShouldBe("line 21");
        all[^1].Message.ShouldBe($"line {LogTail.Capacity + 20}");
        all.Select(l => l.Sequence).ShouldBeInOrder();

        tail.After(LogTail.Capacity + 18, 100).Select(l => l.Message).ShouldBe([$"line {LogTail.Capacity + 19}", $"line {LogTail.Capacity + 20}"]);
        tail.After(LogTail.Capacity + 20, 100).ShouldBeEmpty();
        tail.After(0, 3).Select(l => l.Sequence).ShouldBe([LogTail.Capacity + 18L, LogTail.Capacity + 19L, LogTail.Capacity + 20L]);
    }

    [Fact]
    public void long_messages_are_clipped_and_exceptions_kept_to_type_and_message()
    {
        var tail = new LogTail(TimeProvider.System);
        Exception error;
        try
        {
            throw new InvalidOperationException("storage is down");
        }
        catch (InvalidOperationException e)
        {
            error = e;
        }

        tail.Add(LogLevel.Error, "test", new string('x', LogTail.MaxMessageLength + 100), error);

        var line = tail.After(0, 10).Single();
        line.Message.Length.ShouldBe(LogTail.MaxMessageLength + 1);
        line.Level.ShouldBe("Error");
        line.Exception.ShouldBe("System.InvalidOperationException: storage is down");
    }
}
