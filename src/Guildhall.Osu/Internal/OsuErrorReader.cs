using System.Text.Json;
using Guildhall.Core.Errors;

namespace Guildhall.Osu.Internal;

/// <summary>
/// Reads osu!'s error bodies: <c>{"error": "…"}</c> or <c>{"error": null}</c> from the API,
/// <c>{"authentication": "basic"}</c> for a missing or rejected token, and OAuth's
/// <c>{"error": "invalid_grant", "error_description": "…"}</c>, where <c>error</c> is a code, not a message.
/// </summary>
internal sealed class OsuErrorReader : JsonApiErrorReader
{
    public static new OsuErrorReader Instance { get; } = new();

    protected override ApiErrorDetails ReadObject(JsonElement root)
    {
        var details = base.ReadObject(root);
        if (FirstString(root, "error_description", "hint") is not null && FirstString(root, "error") is { } oauthError)
        {
            return details with
            {
                ErrorCode = oauthError,
                Message = FirstString(root, "error_description", "message", "hint"),
            };
        }

        if (FirstString(root, "authentication") is { } scheme)
        {
            return details with { ErrorCode = "authentication", Message = $"the request needs a valid token ({scheme} authentication)" };
        }

        if (FirstString(root, "method") is { } verification)
        {
            return details with { ErrorCode = "session_verification", Message = $"the session must be verified by {verification}" };
        }

        return details;
    }
}
