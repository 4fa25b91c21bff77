using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using Guildhall.Core;

namespace Guildhall.TopGg;

/// <summary>
/// A Top.gg API token, read once: its base64url JSON payload (<c>{"id":"…","bot":true,"iat":…}</c>) names the bot or
/// project it speaks for, so callers never pass that id themselves. The secret is kept private: <see cref="ToString"/>,
/// exception messages and logs never show it.
/// </summary>
public sealed class TopGgToken
{
    private TopGgToken(string value, ulong id, bool isBot, DateTimeOffset? issuedAt)
    {
        Value = value;
        Id = id;
        IsBot = isBot;
        IssuedAt = issuedAt;
    }

    /// <summary>The id the token belongs to (the payload's <c>id</c>): the bot's id for v0 routes.</summary>
    public ulong Id { get; }

    /// <summary>Whether the payload says the token belongs to a bot (<c>"bot": true</c>).</summary>
    public bool IsBot { get; }

    /// <summary>When the token was issued (the payload's <c>iat</c>), if it says.</summary>
    public DateTimeOffset? IssuedAt { get; }

    /// <summary>The secret itself, for the credential provider only.</summary>
    internal string Value { get; }

    /// <summary>Reads a token.</summary>
    /// <param name="token">The token from the project's "Integrations &amp; API" dashboard page, with or without a <c>Bearer </c> prefix.</param>
    /// <exception cref="ArgumentException">The token is empty or its payload cannot be read; the message never contains the token.</exception>
    public static TopGgToken Parse(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return TryParse(token, out var parsed, out var problem)
            ? parsed
            : throw new ArgumentException($"The Top.gg API token is not readable: {problem}. Copy it again from the project's \"Integrations & API\" dashboard page.", nameof(token));
    }

    /// <summary>Reads a token without throwing.</summary>
    /// <param name="token">The token.</param>
    /// <param name="parsed">The token when readable.</param>
    /// <returns>Whether the token is readable.</returns>
    public static bool TryParse(string? token, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TopGgToken? parsed) =>
        TryParse(token, out parsed, out _);

    /// <summary>Describes the token without revealing it.</summary>
    public override string ToString() => $"Top.gg token for {Id.ToString(CultureInfo.InvariantCulture)} (redacted)";

    private static bool TryParse(string? token, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TopGgToken? parsed, out string problem)
    {
        parsed = null;
        var value = token?.Trim() ?? "";
        if (value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            value = value["Bearer ".Length..].Trim();
        }

        if (value.Length == 0)
        {
            problem = "it is empty";
            return false;
        }

        var segments = value.Split('.');
        if (segments.Length != 3 || segments.Any(segment => segment.Length == 0))
        {
            problem = "it does not have the header.payload.signature shape of Top.gg tokens";
            return false;
        }

        byte[] payload;
        try
        {
            payload = Base64Url.DecodeFromChars(segments[1]);
        }
        catch (FormatException)
        {
            problem = "its payload is not base64url";
            return false;
        }

        return TryReadPayload(value, payload, out parsed, out problem);
    }

    private static bool TryReadPayload(string value, byte[] payload, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TopGgToken? parsed, out string problem)
    {
        parsed = null;
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("id", out var idElement))
            {
                problem = "its payload has no \"id\"";
                return false;
            }

            if (!TryReadId(idElement, out var id))
            {
                problem = "the payload's \"id\" is not a snowflake";
                return false;
            }

            var isBot = root.TryGetProperty("bot", out var bot) && bot.ValueKind == JsonValueKind.True;
            // An "iat" that is no moment (past the year 9999) is left unknown, as a missing one is.
            DateTimeOffset? issuedAt = root.TryGetProperty("iat", out var iat) && iat.ValueKind == JsonValueKind.Number && iat.TryGetInt64(out var seconds)
                && UnixTime.TryFromSeconds(seconds, out var issued)
                ? issued
                : null;
            parsed = new TopGgToken(value, id, isBot, issuedAt);
            problem = "";
            return true;
        }
        catch (JsonException)
        {
            problem = "its payload is not JSON";
            return false;
        }
    }

    private static bool TryReadId(JsonElement element, out ulong id)
    {
        id = 0;
        return element.ValueKind switch
        {
            JsonValueKind.String => ulong.TryParse(element.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out id) && id != 0,
            JsonValueKind.Number => element.TryGetUInt64(out id) && id != 0,
            _ => false,
        };
    }
}
