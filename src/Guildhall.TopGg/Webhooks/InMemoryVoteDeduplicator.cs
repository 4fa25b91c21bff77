using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Guildhall.TopGg.Webhooks;

/// <summary>
/// An <see cref="IVoteDeduplicator"/> for one process: remembers each key for <see cref="Window"/>, then forgets it, so
/// memory stays proportional to the deliveries of one window. Thread-safe.
/// </summary>
/// <remarks>
/// Keys are remembered by a 128-bit cryptographic digest: the first 128 bits of the key's SHA-256, except for the keys
/// the webhook endpoint builds, whose text already holds one: a V2 vote key (<c>vote:</c> and the vote id) is told apart
/// by its id, and a legacy key (<c>legacy:</c> and the SHA-256 of the body in lowercase hex) by the first 128 bits of
/// that digest. Two different deliveries never share a digest; two hand-made legacy keys that differ only after their
/// 32nd hex digit would.
/// </remarks>
public sealed class InMemoryVoteDeduplicator : IVoteDeduplicator
{
    /// <summary>
    /// The default window: one hour. Legacy retries span about 34 minutes (ten retries, 2^N seconds apart) and V2
    /// retries about 15 seconds; a legacy voter's next identical vote is 12 hours away.
    /// </summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromHours(1);

    private static readonly TimeSpan MaxWindow = TimeSpan.FromHours(12);

    // Keys are spread over independent tables: when one grows or is busy, claims of keys in the others go on. Under a
    // burst of votes a single table had every claim queue on its lock.
    private const int ShardBits = 5;

    // A key longer than this is hashed from a pooled buffer rather than the stack.
    private const int StackKeyBytes = 512;

    // The hex digits of a legacy key's body digest: 64, lowercase, as DeduplicationKeys writes them.
    private const int LegacyDigestHexChars = 64;

    // The upper half of a V2 vote key's digest (its lower half is the vote id): a constant that a SHA-256 prefix matches
    // with a chance of 2^-64, and then it must also match a claimed vote's id.
    private const ulong VoteKeyTag = 0x766F_7465_3A69_643AUL;

    private static readonly SearchValues<char> LowercaseHexDigits = SearchValues.Create("0123456789abcdef");

    // Each key is remembered as a 128-bit digest, with its expiry in ticks: an hour of votes then sits in arrays of plain
    // numbers, which the garbage collector never has to trace, instead of a string and a node per vote. The digest is
    // cryptographic because the keys come from the network: nobody can make two votes collide. Most keys are the first
    // 128 bits of their SHA-256; the two shapes the webhook endpoint claims on every vote skip that hash (one OpenSSL call
    // per vote, about as costly as the lookup itself), see LegacyKeyDigest and VoteKeyDigest.
    private readonly ExpiringDigestTable[] _shards = CreateShards();
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
        var shard = ShardOf(digest);
        lock (shard)
        {
            return ValueTask.FromResult(shard.TryClaim(digest, now.UtcTicks, (now + Window).UtcTicks));
        }
    }

    /// <inheritdoc />
    public ValueTask ReleaseAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var digest = Digest(key);
        var shard = ShardOf(digest);
        lock (shard)
        {
            shard.Release(digest);
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

        foreach (var shard in _shards)
        {
            lock (shard)
            {
                shard.Rebuild(now.UtcTicks);
            }
        }
    }

    // The top bits of a Fibonacci product depend on every bit of the digest: a vote id's low bits (a snowflake's sequence
    // number) alone would crowd a few shards.
    private ExpiringDigestTable ShardOf(UInt128 digest) =>
        _shards[(int)((((ulong)digest ^ (ulong)(digest >> 64)) * 0x9E3779B97F4A7C15UL) >> (64 - ShardBits))];

    private static UInt128 Digest(string key) =>
        LegacyKeyDigest(key) ?? VoteKeyDigest(key) ?? Sha256Digest(key);

    /// <summary>
    /// A legacy key (<c>legacy:</c> and the lowercase hex of the body's SHA-256) already carries a cryptographic digest:
    /// its first 128 bits are the key's digest, as the first 128 bits of the key's own SHA-256 would be. Keys of any other
    /// shape (uppercase, another length) are hashed.
    /// </summary>
    private static UInt128? LegacyKeyDigest(string key)
    {
        if (key.Length != DeduplicationKeys.LegacyPrefix.Length + LegacyDigestHexChars
            || !key.StartsWith(DeduplicationKeys.LegacyPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var hex = key.AsSpan(DeduplicationKeys.LegacyPrefix.Length);
        if (hex.ContainsAnyExcept(LowercaseHexDigits))
        {
            return null;
        }

        Span<byte> digest = stackalloc byte[16];
        Convert.FromHexString(hex[..32], digest, out _, out _);
        return BinaryPrimitives.ReadUInt128LittleEndian(digest);
    }

    /// <summary>
    /// A V2 vote key (<c>vote:</c> and the vote id in decimal, as Top.gg assigns and signs it) is told apart by its id
    /// alone. Only the canonical decimal (no sign, no leading zero) takes this path, so two different keys never share a
    /// digest; any other spelling is hashed.
    /// </summary>
    private static UInt128? VoteKeyDigest(string key)
    {
        if (!key.StartsWith(DeduplicationKeys.VotePrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var digits = key.AsSpan(DeduplicationKeys.VotePrefix.Length);
        return digits.Length > 0 && (digits[0] != '0' || digits.Length == 1)
            && ulong.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var voteId)
            ? new UInt128(VoteKeyTag, voteId)
            : null;
    }

    private static UInt128 Sha256Digest(string key)
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

    private static ExpiringDigestTable[] CreateShards()
    {
        var seed = (ulong)Random.Shared.NextInt64();
        var shards = new ExpiringDigestTable[1 << ShardBits];
        for (var index = 0; index < shards.Length; index++)
        {
            shards[index] = new ExpiringDigestTable(seed);
        }

        return shards;
    }
}
