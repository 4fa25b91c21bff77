using System.Globalization;
using System.Text.Json.Serialization;

namespace Guildhall.Cli.Output;

/// <summary>Whether an account holds an award after <c>give-award</c> or <c>take-award</c>, and whether the command changed that.</summary>
/// <param name="AwardId">The award.</param>
/// <param name="AccountId">The account's Discord id.</param>
/// <param name="Holds">Whether the account holds the award now.</param>
/// <param name="Changed">Whether the command changed it (false: it already was so).</param>
internal sealed record AwardHoldingAnswer(
    [property: JsonPropertyName("award_id")] int AwardId,
    [property: JsonPropertyName("account_id")] ulong AccountId,
    [property: JsonPropertyName("holds")] bool Holds,
    [property: JsonPropertyName("changed")] bool Changed)
{
    /// <summary>The line a person reads.</summary>
    public string Summary()
    {
        var (award, account) = (AwardId.ToString(CultureInfo.InvariantCulture), AccountId.ToString(CultureInfo.InvariantCulture));
        return (Holds, Changed) switch
        {
            (true, true) => $"Gave award {award} to {account}.",
            (true, false) => $"{account} already held award {award}; nothing changed.",
            (false, true) => $"Took award {award} from {account}.",
            (false, false) => $"{account} did not hold award {award}; nothing changed.",
        };
    }
}
