using System.Text.Json;

namespace Guildhall.Osu.Json;

/// <summary>
/// How a mod was sent, so it is written back the same way: as a bare acronym (legacy scores) or an object, and the
/// settings as sent when they hold nothing (<c>[]</c>, <c>{}</c>). No part of the mod's equality: <c>HD</c> is
/// <c>HD</c> however it was sent.
/// </summary>
internal readonly struct GameModShape : IEquatable<GameModShape>
{
    public GameModShape(bool bare, JsonElement? emptySettings)
    {
        Bare = bare;
        EmptySettings = emptySettings;
    }

    /// <summary>Whether the mod was a bare acronym string.</summary>
    public bool Bare { get; }

    /// <summary>The settings member as sent, when it held no setting.</summary>
    public JsonElement? EmptySettings { get; }

    public bool Equals(GameModShape other) => true;

    public override bool Equals(object? obj) => obj is GameModShape;

    public override int GetHashCode() => 0;
}
