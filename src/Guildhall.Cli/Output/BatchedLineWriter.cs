using System.Buffers;
using System.Text;

namespace Guildhall.Cli.Output;

/// <summary>
/// Writes lines from many concurrent callers to one output (the console) without making them wait for it:
/// <see cref="WriteLine"/> appends the line's UTF-8 bytes to a pending buffer and returns, and one background loop takes
/// the whole buffer, writes it in one write and flushes. After each write the loop pauses for <see cref="WriteInterval"/>
/// before it takes the next batch, so under load one write and one flush carry every line of that interval, and no
/// caller waits on the console; when idle a line is out within a flush of being queued.
/// </summary>
/// <remarks>
/// Callers hold a lock only to copy their line; the loop swaps the pending buffer for an empty one under the same lock,
/// so lines keep the order in which they were queued and nothing is allocated per line. The loop is woken once per batch,
/// not once per line. Without the pause a loop that keeps up takes one line at a time: under a burst of votes it made a
/// write system call (and a wake-up) for almost every line. <see cref="DisposeAsync"/> ends any pause and writes and
/// flushes every queued line before it returns, so a process that disposes the writer on Ctrl+C or SIGTERM loses none.
/// Only a process killed outright can lose the lines of its last moment. Once the writer fails, <see cref="WriteLine"/>
/// throws that failure.
/// </remarks>
internal sealed class BatchedLineWriter : IAsyncDisposable
{
    private const int InitialBytes = 64 * 1024;
    private const int ChunkChars = 64 * 1024;

    /// <summary>
    /// The least time between two writes: short enough that nobody watching the output notices it, long enough that the
    /// wake-ups of the pause cost next to nothing under load.
    /// </summary>
    public static readonly TimeSpan WriteInterval = TimeSpan.FromMilliseconds(5);

    private readonly TextWriter? _text;
    private readonly Stream? _bytes;
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _doorbell = new(0);
    private readonly CancellationTokenSource _disposing = new();
    private readonly TimeProvider _timeProvider;
    private readonly char[]? _chars;
    private readonly Decoder? _decoder;
    private readonly Task _writing;
    private ArrayBufferWriter<byte> _pending = new(InitialBytes);
    private ArrayBufferWriter<byte> _taken = new(InitialBytes);
    private bool _completed;
    private int _rung;
    private volatile Exception? _failure;

    /// <summary>Starts writing to <paramref name="output"/>, which the writer does not dispose.</summary>
    /// <param name="output">Where the lines go.</param>
    /// <param name="timeProvider">The clock of the pause between writes; default <see cref="TimeProvider.System"/>.</param>
    public BatchedLineWriter(TextWriter output, TimeProvider? timeProvider = null)
    {
        _text = output;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _chars = new char[ChunkChars];
        _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetDecoder();
        _writing = Task.Run(WriteQueuedLinesAsync);
    }

    /// <summary>Starts writing the lines' bytes unchanged to <paramref name="output"/>, which the writer does not dispose.</summary>
    /// <param name="output">Where the lines go.</param>
    /// <param name="timeProvider">The clock of the pause between writes; default <see cref="TimeProvider.System"/>.</param>
    public BatchedLineWriter(Stream output, TimeProvider? timeProvider = null)
    {
        _bytes = output;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _writing = Task.Run(WriteQueuedLinesAsync);
    }

    /// <summary>Queues <paramref name="utf8Line"/> (UTF-8, without its line break).</summary>
    /// <exception cref="IOException">Writing to the output failed; the line was not queued.</exception>
    /// <exception cref="ObjectDisposedException">The writer was disposed.</exception>
    public void WriteLine(ReadOnlySpan<byte> utf8Line)
    {
        if (_failure is { } failure)
        {
            throw new IOException("The output cannot be written to.", failure);
        }

        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_completed, this);
            _pending.Write(utf8Line);
            _pending.Write("\n"u8);
        }

        Ring();
    }

    /// <summary>Writes and flushes every queued line, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        lock (_lock)
        {
            _completed = true;
        }

        Ring();
        await _disposing.CancelAsync().ConfigureAwait(false);
        await _writing.ConfigureAwait(false);
        _doorbell.Dispose();
        _disposing.Dispose();
    }

    /// <summary>Wakes the loop, unless a wake-up it has not yet answered is already pending.</summary>
    private void Ring()
    {
        // Read first: under load the bell is nearly always rung already, and a plain read leaves the flag's cache line
        // shared between the cores where an exchange on every line would move it back and forth.
        if (Volatile.Read(ref _rung) == 0 && Interlocked.Exchange(ref _rung, 1) == 0)
        {
            _doorbell.Release();
        }
    }

    private async Task WriteQueuedLinesAsync()
    {
        try
        {
            var completed = false;
            while (!completed)
            {
                await _doorbell.WaitAsync().ConfigureAwait(false);
                // Cleared before taking the buffer: a line queued from here on rings again, so none is left behind.
                Volatile.Write(ref _rung, 0);
                lock (_lock)
                {
                    (_pending, _taken) = (_taken, _pending);
                    completed = _completed;
                }

                if (_taken.WrittenCount > 0)
                {
                    await WriteAndFlushAsync(_taken.WrittenMemory).ConfigureAwait(false);
                    _taken.ResetWrittenCount();
                    await PauseAsync().ConfigureAwait(false);
                }
            }
        }
#pragma warning disable CA1031 // Whatever the output threw is handed to every later caller; the loop has nobody else to tell.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            _failure = exception;
        }
    }

    /// <summary>Lets the lines of the next <see cref="WriteInterval"/> gather into one batch, unless the writer is being disposed.</summary>
    private async Task PauseAsync()
    {
        if (_disposing.IsCancellationRequested)
        {
            return;
        }

        try
        {
            await Task.Delay(WriteInterval, _timeProvider, _disposing.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Disposing: the loop goes on to write what is left at once.
        }
    }

    /// <summary>
    /// One write for everything taken (one per chunk of text for a writer) and one flush: the console flushes every write,
    /// and a flush is a system call.
    /// </summary>
    private async Task WriteAndFlushAsync(ReadOnlyMemory<byte> utf8)
    {
        if (_bytes is not null)
        {
            // Written in place: the standard output stream has no asynchronous write of its own, and its WriteAsync would
            // only hand the same blocking write to another pool thread.
            _bytes.Write(utf8.Span);
            _bytes.Flush();
            return;
        }

        while (!utf8.IsEmpty)
        {
            _decoder!.Convert(utf8.Span, _chars!, flush: false, out var bytesUsed, out var charsUsed, out _);
            await _text!.WriteAsync(_chars.AsMemory(0, charsUsed)).ConfigureAwait(false);
            utf8 = utf8[bytesUsed..];
        }

        await _text!.FlushAsync().ConfigureAwait(false);
    }
}
