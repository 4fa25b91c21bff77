using Guildhall.Polympics.Models;
using Microsoft.AspNetCore.Http;

namespace Guildhall.Polympics.AspNetCore;

/// <summary>What a callback handler receives: the verified event and the request it came in.</summary>
/// <param name="Event">The parsed <c>account_team_update</c> event.</param>
/// <param name="HttpContext">The request, for its services and headers.</param>
public readonly record struct PolympicsAccountTeamUpdateContext(PolympicsAccountTeamUpdateEvent Event, HttpContext HttpContext)
{
    /// <summary>Cancelled when the server hangs up (it waits 15 seconds at most).</summary>
    public CancellationToken CancellationToken => HttpContext.RequestAborted;
}
