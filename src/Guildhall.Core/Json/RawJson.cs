using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Guildhall.Core.Json;

/// <summary>
/// The JSON a model was read from, kept for a model that exposes it (a <c>Raw</c> property) but built into a
/// <see cref="JsonElement"/> only when it is first read: a call whose raw JSON nobody looks at pays for a copy of the
/// body's bytes, not for a second parse. Safe to read from several threads; every read gives the same element.
/// </summary>
/// <remarks>
/// Two instances are equal when they are the same instance or, once both are built, hold the same element (the same
/// element of the same document, as <see cref="JsonElement"/> itself compares): a model copied with <c>with</c> equals
/// its original, two separate reads of the same JSON do not. The hash code is the same for every instance, because an
/// instance that is not built yet cannot know the element it will be equal to.
/// </remarks>
public sealed class RawJson : IEquatable<RawJson>
{
    private readonly RawJson? _parent;
    private readonly string? _propertyName;
    private readonly int _index;
    private byte[]? _utf8;
    private StrongBox<JsonElement>? _element;

    private RawJson(byte[] utf8) => _utf8 = utf8;

    private RawJson(JsonElement element) => _element = new StrongBox<JsonElement>(element);

    private RawJson(RawJson parent, string propertyName, int index)
    {
        _parent = parent;
        _propertyName = propertyName;
        _index = index;
    }

    /// <summary>The JSON as an element, built on the first read; <see cref="JsonValueKind.Undefined"/> for an item that is not there.</summary>
    public JsonElement Element
    {
        get
        {
            if (Volatile.Read(ref _element) is { } built)
            {
                return built.Value;
            }

            // Two threads may both build; the first to publish wins and the other's element is dropped, so every read
            // sees the same element. The bytes are let go once the element (which has a copy of its own) is published,
            // so a thread that finds them gone finds the element.
            var utf8 = Volatile.Read(ref _utf8);
            if (utf8 is null && _parent is null)
            {
                return Volatile.Read(ref _element)!.Value;
            }

            var fresh = new StrongBox<JsonElement>(Build(utf8));
            var element = (Interlocked.CompareExchange(ref _element, fresh, null) ?? fresh).Value;
            Volatile.Write(ref _utf8, null);
            return element;
        }
    }

    /// <summary>Wraps an element that already exists (as a model's <c>Raw</c> setter receives it).</summary>
    /// <param name="element">The element.</param>
    /// <returns>The wrapper, or <see langword="null"/> for an undefined element (what a model built in code has).</returns>
    public static RawJson? FromElement(JsonElement element) =>
        element.ValueKind == JsonValueKind.Undefined ? null : new RawJson(element);

    /// <summary>
    /// The raw JSON of one item of an array member of this JSON (the row of a page), built from this one's element when it
    /// is first read, so the page is parsed at most once for all its rows.
    /// </summary>
    /// <param name="propertyName">The member holding the array.</param>
    /// <param name="index">The item's position in the array.</param>
    /// <returns>The item's raw JSON; its element is undefined when this JSON has no such member or item.</returns>
    public RawJson ArrayItem(string propertyName, int index)
    {
        ArgumentNullException.ThrowIfNull(propertyName);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return new RawJson(this, propertyName, index);
    }

    /// <inheritdoc />
    public bool Equals(RawJson? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Volatile.Read(ref _element) is { } mine
            && Volatile.Read(ref other._element) is { } theirs
            && EqualityComparer<JsonElement>.Default.Equals(mine.Value, theirs.Value));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RawJson);

    /// <inheritdoc />
    public override int GetHashCode() => 0;

    /// <summary>Says what this is without printing the JSON (which may be large); read <see cref="Element"/> for that.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => nameof(RawJson);

    /// <summary>Keeps a copy of UTF-8 JSON the caller has checked is well-formed (the body a model was just read from).</summary>
    /// <param name="utf8">The JSON; copied, so the caller may reuse its buffer.</param>
    internal static RawJson CopyOf(ReadOnlySpan<byte> utf8) => new(utf8.ToArray());

    private JsonElement Build(byte[]? utf8)
    {
        if (_parent is null)
        {
            // ParseValue copies the bytes into a document of its own that needs no disposal, as a JsonElement a model
            // keeps must.
            var reader = new Utf8JsonReader(utf8);
            return JsonElement.ParseValue(ref reader);
        }

        var parent = _parent.Element;
        return parent.ValueKind == JsonValueKind.Object
            && parent.TryGetProperty(_propertyName!, out var array)
            && array.ValueKind == JsonValueKind.Array
            && _index < array.GetArrayLength()
                ? array[_index]
                : default;
    }
}
