using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Guildhall.TopGg.Webhooks;

/// <summary>
/// An <see cref="IVoteDeduplicator"/> for one process: remembers each key for <see cref="Window"/>, then forgets it, so
/// memory stays proportional to the deliveries of one window. Thread-safe.
/// </summary>
public sealed class InMemoryVoteDeduplicator : IVoteDeduplicator
{
    /// <summary>
    /// The default window: one hour. Legacy retries span about 34 minutes (ten retries, 2^N seconds apart) and V2
    /// retries about 15 seconds; a legacy voter's next identical vote is 12 hours away.
    /// </summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromHours(1);

    private static readonly TimeSpan MaxWindow = TimeSpan.FromHours(12);

    // Keys are spread over independent dictionaries: when one grows or is busy, claims of keys in the others go on.
    // Under a burst of votes a single dictionary had every claim queue on its locks.
    private const int ShardCount = 32;

    // A key longer than this is hashed from a pooled buffer rather than the stack.
    private const int StackKeyBytes = 512;

    // Each key is remembered as the first 128 bits of its SHA-256, with its expiry in ticks: an hour of votes then sits in
    // arrays of plain numbers, which the garbage collector never has to trace, instead of a string and a node per vote.
    // A cryptographic hash because the keys come from the network: nobody can make two votes collide.
    private readonly Dictionary<UInt128, long>[] _shards = CreateShards();
    private readonly TimeProvider _timeProvider;
    private long _nextSweepTicks;

    /// <summary>Creates a deduplicator.</summary>
    /// <param name="window">How long a key is remembered; default one hour. Must be positive and under 12 hours, the vote cooldown, so a legacy voter's next real vote is not taken for a retry.</param>
    /// <param name="timeProvider">The clock; default <see cref="TimeProvider.System"/>.</param>
    public InMemoryVoteDeduplicator(TimeSpan? window = null, TimeProvider? timeProvider = null)
    {
        Window = window ?? DefaultWindow;
        if (Window <= TimeSpan.Zero || Window >= MaxWindow)
        {
            throw new ArgumentOutOfRangeException(nameof(window), Window, "The window must be positive and shorter than 12 hours.");
        }

        _timeProvider = timeProvider ?? TimeProvider.System;
        _nextSweepTicks = (_timeProvider.GetUtcNow() + Window).UtcTicks;
    }

    /// <summary>How long a key is remembered.</summary>
    public TimeSpan Window { get; }

    /// <summary>How many keys are remembered now (expired ones included until the next sweep).</summary>
    public int Count
    {
        get
        {
            var count = 0;
            foreach (var shard in _shards)
            {
                lock (shard)
                {
                    count += shard.Count;
                }
            }

            return count;
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> TryClaimAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = _timeProvider.GetUtcNow();
        SweepIfDue(now);
        var digest = Digest(key);
        var expiries = ShardOf(digest);
        lock (expiries)
        {
            ref var expiry = ref CollectionsMarshal.GetValueRefOrAddDefault(expiries, digest, out var known);
            if (known && expiry > now.UtcTicks)
            {
                return ValueTask.FromResult(false);
            }

            expiry = (now + Window).UtcTicks;
            return ValueTask.FromResult(true);
        }
    }

    /// <inheritdoc />
    public ValueTask ReleaseAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var digest = Digest(key);
        var expiries = ShardOf(digest);
        lock (expiries)
        {
            expiries.Remove(digest);
        }

        return ValueTask.CompletedTask;
    }

    private void SweepIfDue(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextSweepTicks);
        // One caller wins the sweep; the others go on without waiting for it.
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextSweepTicks, (now + (Window / 4)).UtcTicks, due) != due)
        {
            return;
        }

        foreach (var expiries in _shards)
        {
            lock (expiries)
            {
                foreach (var (digest, expiry) in expiries)
                {
                    if (expiry <= now.UtcTicks)
                    {
                        expiries.Remove(digest);
                    }
                }
            }
        }
    }

    private Dictionary<UInt128, long> ShardOf(UInt128 digest) => _shards[(int)((ulong)digest % ShardCount)];

    private static UInt128 Digest(string key)
    {
        var length = Encoding.UTF8.GetMaxByteCount(key.Length);
        byte[]? rented = null;
        var utf8 = length <= StackKeyBytes ? stackalloc byte[StackKeyBytes] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(utf8[..Encoding.UTF8.GetBytes(key, utf8)], hash);
            return BinaryPrimitives.ReadUInt128LittleEndian(hash);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static Dictionary<UInt128, long>[] CreateShards()
    {
        var shards = new Dictionary<UInt128, long>[ShardCount];
        for (var index = 0; index < shards.Length; index++)
        {
            shards[index] = [];
        }

        return shards;
    }
}
