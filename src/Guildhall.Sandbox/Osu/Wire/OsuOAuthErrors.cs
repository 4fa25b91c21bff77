
namespace Guildhall.Sandbox.Osu.Wire;

/// <summary>The league/oauth2-server errors the token and authorize endpoints answer with.</summary>
internal static class OsuOAuthErrors
{
    private const string InvalidRequestDescription =
        "The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed.";

    private const string InvalidGrantDescription =
        "The provided authorization grant (e.g., authorization code, resource owner credentials) or refresh token is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.";

    public const string InvalidScopeDescription = "The requested scope is invalid, unknown, or malformed";

    public static IResult UnsupportedGrantType() => OsuResponses.OAuthError(
        StatusCodes.Status400BadRequest, "unsupported_grant_type",
        "The authorization grant type is not supported by the authorization server.", "Check that all required parameters have been provided");

    public static IResult InvalidRequest(string parameter, string? hint = null) => OsuResponses.OAuthError(
        StatusCodes.Status400BadRequest, "invalid_request", InvalidRequestDescription, hint ?? $"Check the `{parameter}` parameter");

    /// <summary>A request whose body could not be read at all: league's <c>invalid_request</c>, with the reason as the hint.</summary>
    public static IResult UnreadableRequest(int status, string reason) => OsuResponses.OAuthError(status, "invalid_request", InvalidRequestDescription, reason);

    public static IResult InvalidClient() => OsuResponses.OAuthError(
        StatusCodes.Status401Unauthorized, "invalid_client", "Client authentication failed");

    public static IResult InvalidGrant(string hint) => OsuResponses.OAuthError(
        StatusCodes.Status400BadRequest, "invalid_grant", InvalidGrantDescription, hint);

    public static IResult InvalidRefreshToken(string hint) => OsuResponses.OAuthError(
        StatusCodes.Status400BadRequest, "invalid_grant", "The refresh token is invalid.", hint);

    public static IResult InvalidScope(string scope) => OsuResponses.OAuthError(
        StatusCodes.Status400BadRequest, "invalid_scope", InvalidScopeDescription, $"Check the `{scope}` scope");

    /// <summary>osu-web's own scope-rule rejection (<c>InvalidScopeException</c>): 400 <c>{"error": message}</c>.</summary>
    public static IResult ScopeRule(string message) => OsuResponses.Error(StatusCodes.Status400BadRequest, message);
}
