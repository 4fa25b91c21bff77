using System.Buffers;
using System.Text;

namespace Guildhall.Cli.Output;

/// <summary>
/// Writes lines from many concurrent callers to one output (the console) without making them wait for it:
/// <see cref="WriteLine"/> appends the line's UTF-8 bytes to a pending buffer and returns, and one writer thread of its
/// own takes the whole buffer, writes it in one write and flushes. After each write the thread pauses for
/// <see cref="WriteInterval"/> before it takes the next batch, so under load one write and one flush carry every line of
/// that interval, and no caller waits on the console; when idle a line is out within a flush of being queued.
/// </summary>
/// <remarks>
/// <para>
/// Callers hold a lock only to copy their line; the writer swaps the pending buffer for an empty one under the same lock,
/// so lines keep the order in which they were queued and nothing is allocated per line. A caller wakes the writer only
/// when it sleeps for want of lines; while it writes or pauses, queueing signals nothing. Without the pause a writer that
/// keeps up takes one line at a time: under a burst of votes it made a write system call (and a wake-up) for almost
/// every line.
/// </para>
/// <para>
/// The writer is a dedicated thread rather than a loop on the thread pool: its waits (for lines, for the pause, in the
/// write system call) then never park or wake the pool's workers, which under load are busy serving requests. Only the
/// end of each pause is a timer callback of the <see cref="TimeProvider"/>, so a fake clock drives it in tests.
/// </para>
/// <para>
/// <see cref="DisposeAsync"/> ends any pause and writes and flushes every queued line before it returns, so a process that
/// disposes the writer on Ctrl+C or SIGTERM loses none. Only a process killed outright can lose the lines of its last
/// moment. Once the writer fails, <see cref="WriteLine"/> throws that failure.
/// </para>
/// </remarks>
internal sealed class BatchedLineWriter : IAsyncDisposable
{
    private const int InitialBytes = 64 * 1024;
    private const int ChunkChars = 64 * 1024;

    /// <summary>
    /// The least time between two writes: short enough that nobody watching the output notices it, long enough that the
    /// wake-ups of the pause cost next to nothing under load. Each end of a pause wakes the timer's thread and then the
    /// writer's, and on a machine whose cores are busy serving votes each wake-up preempts a worker: 50 ms served about
    /// 6 % more votes a second than 5 ms under a flood (bench/README.md).
    /// </summary>
    public static readonly TimeSpan WriteInterval = TimeSpan.FromMilliseconds(50);

    private readonly TextWriter? _text;
    private readonly Stream? _bytes;
    private readonly char[]? _chars;
    private readonly Decoder? _decoder;

    // Guards the fields below it; the writer thread waits on it (Monitor.Wait) for lines and for the pause's end.
    private readonly object _gate = new();
    private readonly ITimer _pauseTimer;
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ArrayBufferWriter<byte> _pending = new(InitialBytes);
    private ArrayBufferWriter<byte> _taken = new(InitialBytes);
    private bool _completed;
    private bool _waitingForLines;
    private bool _pauseOver;
    private volatile Exception? _failure;

    /// <summary>Starts writing to <paramref name="output"/>, which the writer does not dispose.</summary>
    /// <param name="output">Where the lines go.</param>
    /// <param name="timeProvider">The clock of the pause between writes; default <see cref="TimeProvider.System"/>.</param>
    public BatchedLineWriter(TextWriter output, TimeProvider? timeProvider = null)
        : this(timeProvider)
    {
        _text = output;
        _chars = new char[ChunkChars];
        _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetDecoder();
        StartWriter();
    }

    /// <summary>Starts writing the lines' bytes unchanged to <paramref name="output"/>, which the writer does not dispose.</summary>
    /// <param name="output">Where the lines go.</param>
    /// <param name="timeProvider">The clock of the pause between writes; default <see cref="TimeProvider.System"/>.</param>
    public BatchedLineWriter(Stream output, TimeProvider? timeProvider = null)
        : this(timeProvider)
    {
        _bytes = output;
        StartWriter();
    }

    private BatchedLineWriter(TimeProvider? timeProvider) =>
        _pauseTimer = (timeProvider ?? TimeProvider.System).CreateTimer(
            static writer => ((BatchedLineWriter)writer!).EndPause(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

    /// <summary>Queues <paramref name="utf8Line"/> (UTF-8, without its line break).</summary>
    /// <exception cref="IOException">Writing to the output failed; the line was not queued.</exception>
    /// <exception cref="ObjectDisposedException">The writer was disposed.</exception>
    public void WriteLine(ReadOnlySpan<byte> utf8Line)
    {
        if (_failure is { } failure)
        {
            throw new IOException("The output cannot be written to.", failure);
        }

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_completed, this);
            _pending.Write(utf8Line);
            _pending.Write("\n"u8);
            if (_waitingForLines)
            {
                // The only case that wakes the writer: it is asleep with nothing to write.
                _waitingForLines = false;
                Monitor.Pulse(_gate);
            }
        }
    }

    /// <summary>Writes and flushes every queued line, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            _completed = true;
            Monitor.PulseAll(_gate);
        }

        await _stopped.Task.ConfigureAwait(false);
        await _pauseTimer.DisposeAsync().ConfigureAwait(false);
    }

    private void StartWriter() =>
        new Thread(WriteQueuedLines) { IsBackground = true, Name = "Guildhall line writer" }.Start();

    private void WriteQueuedLines()
    {
        try
        {
            var completed = false;
            while (!completed)
            {
                lock (_gate)
                {
                    while (_pending.WrittenCount == 0 && !_completed)
                    {
                        _waitingForLines = true;
                        Monitor.Wait(_gate);
                    }

                    _waitingForLines = false;
                    (_pending, _taken) = (_taken, _pending);
                    completed = _completed;
                }

                if (_taken.WrittenCount > 0)
                {
                    WriteAndFlush(_taken.WrittenSpan);
                    _taken.ResetWrittenCount();
                    Pause();
                }
            }
        }
#pragma warning disable CA1031 // Whatever the output threw is handed to every later caller; the writer has nobody else to tell.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            _failure = exception;
        }
        finally
        {
            _stopped.TrySetResult();
        }
    }

    /// <summary>Lets the lines of the next <see cref="WriteInterval"/> gather into one batch, unless the writer is being disposed.</summary>
    private void Pause()
    {
        lock (_gate)
        {
            _pauseOver = false;
            if (!_completed)
            {
                _pauseTimer.Change(WriteInterval, Timeout.InfiniteTimeSpan);
            }

            while (!_pauseOver && !_completed)
            {
                Monitor.Wait(_gate);
            }
        }
    }

    private void EndPause()
    {
        lock (_gate)
        {
            _pauseOver = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>
    /// One write for everything taken (one per chunk of text for a writer) and one flush: the console flushes every write,
    /// and a flush is a system call. Blocking, on the writer's own thread.
    /// </summary>
    private void WriteAndFlush(ReadOnlySpan<byte> utf8)
    {
        if (_bytes is not null)
        {
            _bytes.Write(utf8);
            _bytes.Flush();
            return;
        }

        while (!utf8.IsEmpty)
        {
            _decoder!.Convert(utf8, _chars!, flush: false, out var bytesUsed, out var charsUsed, out _);
            _text!.Write(_chars.AsSpan(0, charsUsed));
            utf8 = utf8[bytesUsed..];
        }

        _text!.Flush();
    }
}
