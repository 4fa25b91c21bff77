using System.Globalization;
using System.Net;
using Guildhall.Core.Errors;

namespace Guildhall.Cli.Commands;

/// <summary>
/// An API's refusal in one line: which API and call, the status once (an API that only echoes the status adds nothing),
/// what the API said, and for a refused credential the option and environment variable that set it.
/// </summary>
internal static class ApiFailure
{
    public static string Describe(GuildhallApiException exception)
    {
        var api = CliApi.Find(exception.Api);
        var who = api?.DisplayName ?? exception.Api;
        var call = exception.Operation ?? exception.Api;
        if (exception.StatusCode is not { } status)
        {
            // Refused before sending (the local rate limit): the library's message says why and for how long.
            return $"{who}: {exception.Message}";
        }

        var code = (int)status;
        var line = $"{who} refused {call}: {Status(status)}";
        if (exception.ServerMessage is { } said && !RepeatsStatus(said, code, Reason(status)))
        {
            line += $": {said.TrimEnd('.')}";
        }

        line += ".";
        if (exception is ApiRateLimitedException { RetryAfter: var wait } && wait > TimeSpan.Zero)
        {
            line += $" It asks to wait {wait.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s.";
        }

        return status switch
        {
            HttpStatusCode.Unauthorized => line + " " + CredentialHint(api, "The credential was not accepted"),
            HttpStatusCode.Forbidden => line + " " + CredentialHint(api, "The credential may not do this"),
            _ => line,
        };
    }

    /// <summary>Whether the API's message only restates the status, as <c>401: Unauthorized</c> does.</summary>
    private static bool RepeatsStatus(string said, int code, string reason)
    {
        var letters = new string([.. said.Where(char.IsLetterOrDigit)]);
        var number = code.ToString(CultureInfo.InvariantCulture);
        var bare = new string([.. reason.Where(char.IsLetterOrDigit)]);
        return string.Equals(letters, bare, StringComparison.OrdinalIgnoreCase)
            || string.Equals(letters, number + bare, StringComparison.OrdinalIgnoreCase)
            || string.Equals(letters, number, StringComparison.Ordinal);
    }

    private static string CredentialHint(CliApi? api, string what)
    {
        return api is null
            ? $"{what}."
            : $"{what}: check {api.CredentialOption} or {api.CredentialVariable}.";
    }

    /// <summary>A status as people read it: <c>503 Service Unavailable</c>.</summary>
    public static string Status(HttpStatusCode status) => $"{((int)status).ToString(CultureInfo.InvariantCulture)} {Reason(status)}";

    private static string Reason(HttpStatusCode status) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase((int)status) is { Length: > 0 } phrase ? phrase : status.ToString();
}
