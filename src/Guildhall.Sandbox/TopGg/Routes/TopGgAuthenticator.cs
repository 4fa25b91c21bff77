
using Guildhall.Sandbox.TopGg.State;

namespace Guildhall.Sandbox.TopGg.Routes;

/// <summary>
/// Applies Top.gg's token rules to an <c>Authorization</c> header: v0 accepts a raw token or <c>Bearer &lt;token&gt;</c>
/// of either generation; v1 accepts only <c>Bearer</c> with a current token.
/// </summary>
internal static class TopGgAuthenticator
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>Returns the caller, or the reason (without the token) why the header is not accepted.</summary>
    public static (TopGgCaller? Caller, string? Failure) Authenticate(
        string? authorization, TopGgApiGeneration generation, TopGgTokenRegistry tokens)
    {
        if (string.IsNullOrWhiteSpace(authorization))
        {
            return (null, "The Authorization header is missing.");
        }

        var bearer = authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase);
        var value = (bearer ? authorization[BearerPrefix.Length..] : authorization).Trim();
        var token = tokens.Find(value);
        if (token is null)
        {
            return (null, "The API token is not valid.");
        }

        if (generation == TopGgApiGeneration.V1)
        {
            if (!bearer)
            {
                return (null, "v1 endpoints require 'Authorization: Bearer <token>'.");
            }

            if (token.Generation == TopGgTokenGeneration.Legacy)
            {
                return (null, "v1 endpoints do not support legacy API tokens.");
            }
        }

        return (new TopGgCaller(token), null);
    }
}
