using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>What the token's owner has to do with a score (<c>current_user_attributes</c> of a score).</summary>
[JsonConverter(typeof(WireModelConverter<ScoreUserAttributes>))]
public sealed partial record ScoreUserAttributes
{
    /// <summary>The pin state, or <see langword="null"/> when the score is not the owner's.</summary>
    public ScorePin? Pin { get; init; }
}
