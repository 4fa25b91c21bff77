using Guildhall.Core.Events;
using Guildhall.Testing;
using Microsoft.Extensions.Logging;

namespace Guildhall.Core.Tests.Events;

public sealed class EventSubscribersTests
{
    [Fact]
    public void Every_handler_runs_in_order_even_after_one_throws_and_the_failure_is_logged()
    {
        using var logs = new CapturingLoggerProvider();
        var calls = new List<string>();
        EventHandler<EventArgs>? handlers = null;
        handlers += (_, _) => calls.Add("first");
        handlers += (_, _) => throw new InvalidOperationException("subscriber bug");
        handlers += (_, _) => calls.Add("third");

        var failures = EventSubscribers.Raise(handlers, this, EventArgs.Empty, logs.CreateLogger("Guildhall.Test"), "Changed");

        Assert.Equal(["first", "third"], calls);
        Assert.Equal(1, failures);
        var line = Assert.Single(logs.Lines);
        Assert.Equal(LogLevel.Error, line.Level);
        Assert.Contains("Changed", line.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(EventSubscribersTests), line.Message, StringComparison.Ordinal);
        Assert.Contains("subscriber bug", line.Exception, StringComparison.Ordinal);
    }

    [Fact]
    public void No_subscriber_is_no_work()
    {
        using var logs = new CapturingLoggerProvider();

        Assert.Equal(0, EventSubscribers.Raise<EventArgs>(null, this, EventArgs.Empty, logs.CreateLogger("Guildhall.Test"), "Changed"));
        Assert.Empty(logs.Lines);
    }

    [Fact]
    public void Each_handler_gets_the_sender_and_the_arguments()
    {
        var args = new UnhandledExceptionEventArgs("payload", isTerminating: false);
        object? seenSender = null;
        UnhandledExceptionEventArgs? seenArgs = null;
        EventHandler<UnhandledExceptionEventArgs> handler = (sender, received) => (seenSender, seenArgs) = (sender, received);

        EventSubscribers.Raise(handler, this, args, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, "Raised");

        Assert.Same(this, seenSender);
        Assert.Same(args, seenArgs);
    }
}
