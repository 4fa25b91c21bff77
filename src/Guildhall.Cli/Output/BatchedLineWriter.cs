using System.Text;
using System.Threading.Channels;

namespace Guildhall.Cli.Output;

/// <summary>
/// Writes lines from many concurrent callers to one writer (the console) without making them wait for it:
/// <see cref="WriteLine"/> queues the line and returns, and one background loop writes every queued line in a single
/// write and flushes as soon as the queue is empty. Under load one write and one flush carry many lines instead of one
/// each, and no caller waits on the console's lock; when idle a line is out within a flush of being queued.
/// </summary>
/// <remarks>
/// Lines keep the order in which they were queued. <see cref="DisposeAsync"/> writes and flushes every queued line before
/// it returns, so a process that disposes the writer on Ctrl+C or SIGTERM loses none. Only a process killed outright
/// can lose the lines of its last moment. Once the writer fails, <see cref="WriteLine"/> throws that failure.
/// </remarks>
internal sealed class BatchedLineWriter : IAsyncDisposable
{
    private readonly TextWriter _output;
    private const int ChunkChars = 64 * 1024;

    private readonly StringBuilder _chunk = new(ChunkChars);
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writing;
    private volatile Exception? _failure;

    /// <summary>Starts writing to <paramref name="output"/>, which the writer does not dispose.</summary>
    public BatchedLineWriter(TextWriter output)
    {
        _output = output;
        _writing = Task.Run(WriteQueuedLinesAsync);
    }

    /// <summary>Queues <paramref name="line"/> (without its line break).</summary>
    /// <exception cref="IOException">Writing to the output failed; the line was not queued.</exception>
    /// <exception cref="ObjectDisposedException">The writer was disposed.</exception>
    public void WriteLine(string line)
    {
        if (_failure is { } failure)
        {
            throw new IOException("The output cannot be written to.", failure);
        }

        ObjectDisposedException.ThrowIf(!_lines.Writer.TryWrite(line), this);
    }

    /// <summary>Writes and flushes every queued line, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _lines.Writer.TryComplete();
        await _writing.ConfigureAwait(false);
    }

    private async Task WriteQueuedLinesAsync()
    {
        var reader = _lines.Reader;
        try
        {
            while (await reader.WaitToReadAsync().ConfigureAwait(false))
            {
                // One write for everything queued (up to a chunk): the console flushes every write, and a flush is a
                // system call.
                while (_chunk.Length < ChunkChars && reader.TryRead(out var line))
                {
                    _chunk.Append(line).Append('\n');
                }

                await _output.WriteAsync(_chunk).ConfigureAwait(false);
                await _output.FlushAsync().ConfigureAwait(false);
                _chunk.Clear();
            }
        }
#pragma warning disable CA1031 // Whatever the output threw is handed to every later caller; the loop has nobody else to tell.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            _failure = exception;
            _lines.Writer.TryComplete(exception);
        }
    }
}
