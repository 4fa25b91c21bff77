using System.ComponentModel;

namespace Guildhall.Core.Json.Wire;

/// <summary>
/// The <see cref="WireMemory"/> a model carries. It takes no part in the model's equality: two models with the same
/// values are equal however each was sent.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct WireTrace : IEquatable<WireTrace>
{
    /// <summary>Wraps the memory a generated reader filled.</summary>
    /// <param name="memory">The memory, or <see langword="null"/> when there was nothing to remember.</param>
    public WireTrace(WireMemory? memory) => Memory = memory;

    /// <summary>The memory, or <see langword="null"/> for a model built in code.</summary>
    public WireMemory? Memory { get; }

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
}
