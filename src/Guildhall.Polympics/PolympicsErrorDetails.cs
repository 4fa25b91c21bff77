using Guildhall.Core.Errors;

namespace Guildhall.Polympics;

/// <summary>
/// The <c>detail</c> strings the server answers client errors with, to branch on
/// <see cref="GuildhallApiException.ServerMessage"/>: 401 and 403 come with several meanings, and unknown ids are 422.
/// </summary>
public static class PolympicsErrorDetails
{
    /// <summary>401: no <c>Authorization: Basic</c> header at all.</summary>
    public const string NotAuthenticated = "Not authenticated";

    /// <summary>401: the Basic value is not base64 of <c>username:token</c>.</summary>
    public const string InvalidCredentials = "Invalid authentication credentials";

    /// <summary>401 from <c>/auth/me</c> and <c>/auth/reset_token</c>: the credentials are unknown, wrong or expired.</summary>
    public const string NoToken = "A token was not used to authenticate.";

    /// <summary>403: the credentials lack the permission, or are unknown, wrong or expired (the server does not tell these apart).</summary>
    public const string OutsideScope = "Request outside of authorisation scope.";

    /// <summary>403: new accounts cannot be created now.</summary>
    public const string SignupsClosed = "Signups are closed.";

    /// <summary>409: an account with that Discord id exists.</summary>
    public const string DuplicateAccount = "That Discord ID is already registered.";

    /// <summary>401 from the callback routes: a user session called them.</summary>
    public const string AppsOnly = "Only apps may use this endpoint.";

    /// <summary>401 from Discord sign-in, 422 from an account refresh: Discord refused the token.</summary>
    public const string BadDiscordToken = "Bad Discord user token.";

    /// <summary>403 from an account refresh: the Discord token belongs to another user.</summary>
    public const string DiscordTokenOfAnotherAccount = "Discord token is for a different account.";

    /// <summary>Whether the server answered with <paramref name="detail"/>.</summary>
    /// <param name="exception">The failure.</param>
    /// <param name="detail">One of the constants of this class.</param>
    public static bool Is(GuildhallApiException exception, string detail)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.ServerMessage == detail;
    }

    /// <summary>
    /// Whether the failure is an id that names nothing. The server reports those as validation errors (422, for example
    /// <c>path.account: Account not found.</c>), not as 404.
    /// </summary>
    /// <param name="exception">The failure.</param>
    public static bool IsUnknownId(GuildhallApiException exception) =>
        exception is ApiValidationException validation && validation.Errors.Any(error => error.Message.EndsWith(" not found.", StringComparison.Ordinal));
}
