using System.ComponentModel;

namespace Guildhall.Core.Json.Wire;

/// <summary>
/// What a model read from JSON remembers about how its members were sent, so that writing it back gives what was sent:
/// which members were <see langword="null"/> and the format of each date (shared by the models that were sent alike), and
/// the JSON of each member whose value reads in another shape (a number sent as a string, a flag sent as
/// <c>1</c>, an enum name the model does not know). It takes no part in the model's equality: two models with the same
/// values are equal however each was sent.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct WireTrace : IEquatable<WireTrace>
{
    // One reference rather than the three words and the reference it stands for: every model read from JSON carries a
    // trace, most have nothing to remember, and the rest mostly share theirs (WireTraceData.For).
    private readonly WireTraceData? _data;

    internal WireTrace(ulong nullsLow, ulong nullsHigh, ulong dates, WireMemory? memory) =>
        _data = WireTraceData.For(nullsLow, nullsHigh, dates, memory);

    /// <summary>Members a model can remember, at most.</summary>
    public const int MaxMembers = 128;

    internal ulong NullsLow => _data?.NullsLow ?? 0;

    internal ulong NullsHigh => _data?.NullsHigh ?? 0;

    /// <summary>Up to <see cref="WireDateFormats.InlineCapacity"/> date formats, packed.</summary>
    internal ulong Dates => _data?.Dates ?? 0;

    /// <summary>Kept JSON and the date formats that did not fit inline, or <see langword="null"/>.</summary>
    internal WireMemory? Memory => _data?.Memory;

    /// <summary>Always equal: how a model was sent is not part of its value.</summary>
    public static bool operator ==(WireTrace left, WireTrace right) => true;

    /// <summary>Never unequal: how a model was sent is not part of its value.</summary>
    public static bool operator !=(WireTrace left, WireTrace right) => false;

    /// <inheritdoc />
    public bool Equals(WireTrace other) => true;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WireTrace;

    /// <inheritdoc />
    public override int GetHashCode() => 0;

    /// <summary>Whether member <paramref name="index"/> was sent as <see langword="null"/>.</summary>
    internal bool WasNull(int index) => index < 64 ? (NullsLow & (1UL << index)) != 0 : (NullsHigh & (1UL << (index - 64))) != 0;

    /// <summary>The format date member <paramref name="index"/> was sent in (the default format when none was kept).</summary>
    internal WireDateFormat DateFormat(int index) =>
        WireDateFormats.TryFind(Dates, index, out var format) ? format : Memory?.DateFormat(index) ?? default;
}
