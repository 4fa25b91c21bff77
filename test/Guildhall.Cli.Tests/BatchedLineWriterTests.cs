using System.Text;
using Guildhall.Cli.Output;
using Guildhall.Testing;

namespace Guildhall.Cli.Tests;

/// <summary>The queue between <c>guildhall topgg listen</c>'s handlers and the console.</summary>
public sealed class BatchedLineWriterTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Dispose_writes_and_flushes_every_line_still_queued_in_order()
    {
        var output = new GatedWriter();
        var writer = new BatchedLineWriter(output);
        writer.WriteLine(Utf8("first"));
        Assert.True(await output.FirstWriteStarted.WaitAsync(Bound), "the writer never started writing");

        // The console is stuck in the first write: these lines wait in the queue, as on a busy terminal at Ctrl+C.
        for (var line = 0; line < 100; line++)
        {
            writer.WriteLine(Utf8($"vote {line}"));
        }

        var disposing = writer.DisposeAsync().AsTask();
        output.Release();
        await disposing.WaitAsync(Bound);

        Assert.Equal(["first", .. Enumerable.Range(0, 100).Select(line => $"vote {line}")], output.FlushedLines());
    }

    [Fact]
    public async Task A_line_is_flushed_without_waiting_for_more_lines_or_for_dispose()
    {
        var output = new GatedWriter();
        output.Release();
        await using var writer = new BatchedLineWriter(output);

        writer.WriteLine(Utf8("lonely vote"));

        for (var attempt = 0; output.FlushedLines().Count == 0; attempt++)
        {
            Assert.True(attempt < 3000, "the line was never flushed while the writer was open");
            await Task.Delay(10);
        }

        Assert.Equal(["lonely vote"], output.FlushedLines());
    }

    [Fact]
    public async Task Once_the_output_fails_writing_throws_instead_of_queueing_lines_nobody_will_see()
    {
        var output = new GatedWriter { Failure = new IOException("broken pipe") };
        output.Release();
        var writer = new BatchedLineWriter(output);
        writer.WriteLine(Utf8("lost with the pipe"));

        IOException? refused = null;
        for (var attempt = 0; refused is null; attempt++)
        {
            Assert.True(attempt < 3000, "writing kept succeeding after the output failed");
            await Task.Delay(10);
            refused = Record.Exception(() => writer.WriteLine(Utf8("next vote"))) as IOException;
        }

        Assert.Same(output.Failure, refused.InnerException);
        await writer.DisposeAsync();
    }

    [Fact]
    public async Task Lines_longer_than_a_write_come_out_whole_with_every_multibyte_character_intact()
    {
        var output = new GatedWriter();
        output.Release();
        var writer = new BatchedLineWriter(output);
        // 80,000 characters in 200,000 bytes: the text is written in several pieces, and pieces end inside characters.
        var longLine = string.Concat(Enumerable.Repeat("é\u2713", 40_000));

        writer.WriteLine(Utf8("before"));
        writer.WriteLine(Utf8(longLine));
        writer.WriteLine(Utf8("after ünïcode"));
        await writer.DisposeAsync();

        Assert.Equal(["before", longLine, "after ünïcode"], output.FlushedLines());
    }

    [Fact]
    public async Task Lines_from_many_threads_each_come_out_once_and_whole()
    {
        var output = new GatedWriter();
        output.Release();
        var writer = new BatchedLineWriter(output);

        await Parallel.ForAsync(0, 8, async (thread, _) =>
        {
            for (var line = 0; line < 2_000; line++)
            {
                writer.WriteLine(Utf8($"thread {thread} line {line}"));
                if (line % 100 == 0)
                {
                    await Task.Yield();
                }
            }
        });
        await writer.DisposeAsync();

        var flushed = output.FlushedLines();
        Assert.Equal(16_000, flushed.Count);
        Assert.Equal(16_000, flushed.Distinct().Count());
        foreach (var thread in Enumerable.Range(0, 8))
        {
            // Each thread's lines keep their order.
            Assert.Equal(Enumerable.Range(0, 2_000).Select(line => $"thread {thread} line {line}"), flushed.Where(text => text.StartsWith($"thread {thread} ", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task On_a_byte_stream_the_lines_bytes_come_out_unchanged_and_flushed()
    {
        // The listener's own standard output: the UTF-8 lines go out as they were queued, with no decoding on the way.
        var output = new FlushCountingStream();
        var writer = new BatchedLineWriter(output);
        var lines = new[] { "first", string.Concat(Enumerable.Repeat("é\u2713", 40_000)), "after ünïcode" };
        foreach (var line in lines)
        {
            writer.WriteLine(Utf8(line));
        }

        await writer.DisposeAsync();

        Assert.Equal(Encoding.UTF8.GetBytes(string.Concat(lines.Select(line => line + "\n"))), output.ToArray());
        Assert.True(output.Flushes > 0, "the stream was never flushed");
    }

    [Fact]
    public async Task Lines_queued_while_the_writer_pauses_go_out_together_in_one_write_when_the_pause_ends()
    {
        // Under a burst of votes the loop would otherwise keep up and write (a system call) nearly every line on its own.
        var clock = new TimerAwareClock(DateTimeOffset.UnixEpoch);
        var output = new FlushCountingStream();
        await using var writer = new BatchedLineWriter(output, clock);
        writer.WriteLine(Utf8("first"));
        await Poll.UntilAsync(() => clock.PendingTimers == 1, "the writer to pause after its first write");
        Assert.Equal(1, output.Writes);

        for (var line = 0; line < 100; line++)
        {
            writer.WriteLine(Utf8($"vote {line}"));
        }

        clock.Advance(BatchedLineWriter.WriteInterval);
        await Poll.UntilAsync(() => output.Writes == 2 && clock.PendingTimers == 1, "the queued lines to be written after the pause");

        Assert.Equal(string.Concat(["first\n", .. Enumerable.Range(0, 100).Select(line => $"vote {line}\n")]), Encoding.UTF8.GetString(output.ToArray()));
        Assert.Equal(2, output.Flushes);
    }

    [Fact]
    public async Task Dispose_ends_the_pause_and_writes_the_lines_queued_during_it()
    {
        // Ctrl+C during a pause: the clock never moves, and still every queued line comes out before dispose returns.
        var clock = new TimerAwareClock(DateTimeOffset.UnixEpoch);
        var output = new FlushCountingStream();
        var writer = new BatchedLineWriter(output, clock);
        writer.WriteLine(Utf8("first"));
        await Poll.UntilAsync(() => clock.PendingTimers == 1, "the writer to pause after its first write");
        writer.WriteLine(Utf8("queued during the pause"));

        await writer.DisposeAsync().AsTask().WaitAsync(Bound);

        Assert.Equal("first\nqueued during the pause\n", Encoding.UTF8.GetString(output.ToArray()));
        Assert.Equal(2, output.Writes);
    }

    [Fact]
    public async Task The_output_is_written_from_a_thread_of_the_writer_not_from_the_thread_pool()
    {
        // Under load the pool's workers serve requests: a writer on the pool parks and wakes them on every pause and write.
        var output = new GatedWriter();
        output.Release();
        var writer = new BatchedLineWriter(output);
        writer.WriteLine(Utf8("vote"));
        await writer.DisposeAsync();

        Assert.Equal(["vote"], output.FlushedLines());
        Assert.False(output.WroteFromThreadPool, "the output was written from a thread-pool thread");
    }

    [Fact]
    public async Task Writing_after_dispose_is_refused()
    {
        var output = new GatedWriter();
        output.Release();
        var writer = new BatchedLineWriter(output);
        await writer.DisposeAsync();

        Assert.Throws<ObjectDisposedException>(() => writer.WriteLine(Utf8("late")));
    }

    private static byte[] Utf8(string line) => Encoding.UTF8.GetBytes(line);

    /// <summary>A console stand-in whose writes wait for <see cref="Release"/>, and which keeps only what was flushed.</summary>
    private sealed class GatedWriter : TextWriter
    {
        private readonly SemaphoreSlim _gate = new(0);
        private readonly StringBuilder _written = new();
        private readonly List<string> _flushed = [];
        private readonly Lock _lock = new();
        private readonly TaskCompletionSource _firstWrite = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Exception? Failure { get; init; }

        public bool WroteFromThreadPool { get; private set; }

        public Task<bool> FirstWriteStarted => _firstWrite.Task.ContinueWith(_ => true, TaskScheduler.Default);

        public override Encoding Encoding => Encoding.UTF8;

        public void Release() => _gate.Release(int.MaxValue / 2);

        public IReadOnlyList<string> FlushedLines()
        {
            lock (_lock)
            {
                return [.. _flushed];
            }
        }

        // The writer writes from its own thread, synchronously: a console stuck in a write holds that thread, not a caller.
        public override void Write(ReadOnlySpan<char> buffer)
        {
            WroteFromThreadPool |= Thread.CurrentThread.IsThreadPoolThread;
            _firstWrite.TrySetResult();
            if (!_gate.Wait(Bound))
            {
                throw new TimeoutException("the test never released the console");
            }

            if (Failure is not null)
            {
                throw Failure;
            }

            lock (_lock)
            {
                _written.Append(buffer);
            }
        }

        public override void Flush()
        {
            lock (_lock)
            {
                _flushed.AddRange(_written.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
                _written.Clear();
            }
        }

        protected override void Dispose(bool disposing)
        {
            _gate.Dispose();
            base.Dispose(disposing);
        }
    }

    /// <summary>A stream that counts its writes and flushes, whichever way they are called.</summary>
    private sealed class FlushCountingStream : MemoryStream
    {
        private int _writes;
        private int _flushes;

        public int Writes => Volatile.Read(ref _writes);

        public int Flushes => Volatile.Read(ref _flushes);

        // A derived MemoryStream sends every other write (span, async) through this one.
        public override void Write(byte[] buffer, int offset, int count)
        {
            base.Write(buffer, offset, count);
            Interlocked.Increment(ref _writes);
        }

        public override void Flush()
        {
            base.Flush();
            Interlocked.Increment(ref _flushes);
        }

        public override Task FlushAsync(CancellationToken cancellationToken)
        {
            Flush();
            return Task.CompletedTask;
        }
    }
}
