using System.Collections;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Guildhall.Core.Json.Wire;

/// <summary>
/// The members a model read from JSON does not declare, in the order they were sent. Two sets are equal when they hold
/// the same names with equal JSON values, so a model's value equality holds across reads of the same body.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class WireExtensionDictionary : IReadOnlyDictionary<string, JsonElement>, IEquatable<WireExtensionDictionary>
{
    private readonly Dictionary<string, JsonElement> _members;

    private WireExtensionDictionary(Dictionary<string, JsonElement> members) => _members = members;

    /// <summary>No members: what a model built in code, or sent without unknown members, holds.</summary>
    public static IReadOnlyDictionary<string, JsonElement> Empty { get; } = new WireExtensionDictionary(new Dictionary<string, JsonElement>(StringComparer.Ordinal));

    /// <inheritdoc />
    public int Count => _members.Count;

    /// <inheritdoc />
    public IEnumerable<string> Keys => _members.Keys;

    /// <inheritdoc />
    public IEnumerable<JsonElement> Values => _members.Values;

    /// <inheritdoc />
    public JsonElement this[string key] => _members[key];

    /// <summary>
    /// The set a generated reader collected, or <see langword="null"/> when there were none (the model's accessor reads
    /// that as <see cref="Empty"/>, and a model built in code holds the same null, so the two compare equal).
    /// </summary>
    /// <param name="members">The members, or <see langword="null"/> when there were none.</param>
    public static IReadOnlyDictionary<string, JsonElement>? From(Dictionary<string, JsonElement>? members) =>
        members is null ? null : new WireExtensionDictionary(members);

    /// <inheritdoc />
    public bool ContainsKey(string key) => _members.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out JsonElement value) => _members.TryGetValue(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator() => _members.GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(WireExtensionDictionary? other) =>
        other is not null && other.Count == Count && _members.All(member => other._members.TryGetValue(member.Key, out var value) && JsonElement.DeepEquals(member.Value, value));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WireExtensionDictionary other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Count;

    /// <summary>The member names.</summary>
    public override string ToString() => $"{{{string.Join(", ", _members.Keys)}}}";
}
