using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Guildhall.Core;

namespace Guildhall.Osu.Internal;

/// <summary>
/// Continuation tokens for the lists that page with a cursor object sent back as <c>cursor[field]=value</c> parameters
/// (comments), which have no <c>cursor_string</c>: the token is the cursor's JSON in unpadded base64url, the same form
/// osu-web gives its cursor strings, so every osu! token looks alike and stays opaque.
/// </summary>
internal static class OsuCursorToken
{
    /// <summary>The token of a cursor the API sent, or <see langword="null"/> when it sent none (the last page).</summary>
    public static string? From(JsonElement? cursor) =>
        cursor is { ValueKind: JsonValueKind.Object } value ? Base64Url.EncodeToString(Encoding.UTF8.GetBytes(value.GetRawText())) : null;

    /// <summary>Adds the token's cursor as <c>cursor[field]=value</c> parameters.</summary>
    /// <exception cref="ArgumentException">The token is not one of these (<see cref="ArgumentException.ParamName"/> is <c>continuationToken</c>).</exception>
    public static QueryBuilder AddTo(QueryBuilder query, string? continuationToken)
    {
        if (continuationToken is null)
        {
            return query;
        }

        foreach (var field in Decode(continuationToken).EnumerateObject())
        {
            query.Add($"cursor[{field.Name}]", field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString() : field.Value.GetRawText());
        }

        return query;
    }

    private static JsonElement Decode(string continuationToken)
    {
        try
        {
            using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(continuationToken));
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document.RootElement.Clone();
            }
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            // Falls through to the one error for a token that is not this list's.
        }

        throw new ArgumentException($"\"{continuationToken}\" is not a continuation token of this list (expected a cursor the API returned).", nameof(continuationToken));
    }
}
