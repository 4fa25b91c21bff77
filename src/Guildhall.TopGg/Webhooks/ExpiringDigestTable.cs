using System.Numerics;

namespace Guildhall.TopGg.Webhooks;

/// <summary>
/// A set of 128-bit digests, each remembered until its expiry: open addressing with linear probing, the digest and its
/// expiry side by side in one 24-byte slot. Not thread-safe; the caller locks.
/// </summary>
/// <remarks>
/// A deduplicator claims a digest it has never seen on nearly every vote, in a table of an hour of votes that no cache
/// holds. A <see cref="Dictionary{TKey, TValue}"/> reads a bucket and then an entry elsewhere, two cache misses a claim;
/// here a probe reads neighbouring slots, a cache line or two from where it starts. Expired slots are reused in place
/// by later claims (after the probe has made sure the claimed digest is nowhere further along), and a
/// <see cref="Rebuild"/> drops them all.
/// </remarks>
internal sealed class ExpiringDigestTable
{
    private const int MinimumCapacity = 16;

    // An expiry of zero marks a slot that never held a digest: it ends every probe. Real expiries are UTC ticks, far
    // above zero, and a released digest is given ReleasedExpiry, which every clock has passed.
    private const long EmptyExpiry = 0;
    private const long ReleasedExpiry = 1;

    private readonly ulong _seed;
    private Slot[] _slots = new Slot[MinimumCapacity];

    // Slots that hold a digest, live or expired; at half the capacity the table is rebuilt. A claim of a new digest
    // probes up to the first empty slot: about 2.5 slots at half full, 8.5 at three quarters.
    private int _occupied;

    /// <summary>Creates an empty table.</summary>
    /// <param name="seed">Mixed into every digest's first slot, so nobody outside the process can tell which digests share a probe.</param>
    public ExpiringDigestTable(ulong seed) => _seed = seed;

    /// <summary>How many slots hold a digest, expired ones included until the next <see cref="Rebuild"/>.</summary>
    public int Count => _occupied;

    /// <summary>
    /// Claims <paramref name="digest"/> until <paramref name="expiryTicks"/> unless it is already held past
    /// <paramref name="nowTicks"/>.
    /// </summary>
    /// <returns><see langword="true"/> when the digest was free and is now claimed.</returns>
    public bool TryClaim(UInt128 digest, long nowTicks, long expiryTicks)
    {
        if (_occupied >= _slots.Length / 2)
        {
            Rebuild(nowTicks);
        }

        var (low, high) = Halves(digest);
        var mask = _slots.Length - 1;
        var index = FirstSlot(low, high, mask);
        var reusable = -1;
        while (true)
        {
            ref var slot = ref _slots[index];
            if (slot.Expiry == EmptyExpiry)
            {
                break;
            }

            if (slot.Low == low && slot.High == high)
            {
                if (slot.Expiry > nowTicks)
                {
                    return false;
                }

                slot.Expiry = expiryTicks;
                return true;
            }

            if (reusable < 0 && slot.Expiry <= nowTicks)
            {
                reusable = index;
            }

            index = (index + 1) & mask;
        }

        if (reusable < 0)
        {
            reusable = index;
            _occupied++;
        }

        _slots[reusable] = new Slot { Low = low, High = high, Expiry = expiryTicks };
        return true;
    }

    /// <summary>Forgets <paramref name="digest"/>, so it can be claimed again at once.</summary>
    public void Release(UInt128 digest)
    {
        var (low, high) = Halves(digest);
        var mask = _slots.Length - 1;
        for (var index = FirstSlot(low, high, mask); _slots[index].Expiry != EmptyExpiry; index = (index + 1) & mask)
        {
            if (_slots[index].Low == low && _slots[index].High == high)
            {
                // The slot stays occupied, so the probes that pass it still reach the digests beyond it.
                _slots[index].Expiry = ReleasedExpiry;
                return;
            }
        }
    }

    /// <summary>
    /// Moves the digests still held at <paramref name="nowTicks"/> into a table of four slots or more for each, which drops
    /// every expired one, grows or shrinks the table as the window's traffic did, and leaves room for as many claims again
    /// before the next rebuild.
    /// </summary>
    /// <param name="nowTicks">The current time in UTC ticks.</param>
    public void Rebuild(long nowTicks)
    {
        var live = 0;
        foreach (ref readonly var slot in _slots.AsSpan())
        {
            live += slot.Expiry > nowTicks ? 1 : 0;
        }

        var slots = new Slot[(int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(MinimumCapacity, live * 4))];
        var mask = slots.Length - 1;
        foreach (ref readonly var slot in _slots.AsSpan())
        {
            if (slot.Expiry > nowTicks)
            {
                var index = FirstSlot(slot.Low, slot.High, mask);
                while (slots[index].Expiry != EmptyExpiry)
                {
                    index = (index + 1) & mask;
                }

                slots[index] = slot;
            }
        }

        _slots = slots;
        _occupied = live;
    }

    private static (ulong Low, ulong High) Halves(UInt128 digest) => ((ulong)digest, (ulong)(digest >> 64));

    /// <summary>
    /// The first slot to probe. A digest is a cryptographic hash or a vote id, whose low bits (a snowflake's sequence
    /// number) are mostly alike; both halves and the seed go through a finalizer that spreads every input bit over the
    /// output, since linear probing degrades fast when first slots cluster.
    /// </summary>
    private int FirstSlot(ulong low, ulong high, int mask)
    {
        var mixed = low ^ BitOperations.RotateLeft(high, 32) ^ _seed;
        mixed = (mixed ^ (mixed >> 33)) * 0xFF51AFD7ED558CCDUL;
        mixed = (mixed ^ (mixed >> 33)) * 0xC4CEB9FE1A85EC53UL;
        return (int)(mixed ^ (mixed >> 33)) & mask;
    }

    // Two halves rather than a UInt128, whose 16-byte alignment would pad the slot from 24 bytes to 32.
    private struct Slot
    {
        public ulong Low;
        public ulong High;
        public long Expiry;
    }
}
