using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;

namespace Guildhall.Osu.Authentication;

/// <summary>
/// Reads the claims osu! puts in its access tokens (Passport JWTs): <c>sub</c>, the owner's user id (empty for
/// client credentials), and <c>scopes</c>. The signature is not checked: the claims only inform the client, the server
/// decides.
/// </summary>
internal static class OsuJwtClaims
{
    public static bool TryRead(string accessToken, out long? ownerId, out IReadOnlyList<string> scopes)
    {
        ownerId = null;
        scopes = [];
        var parts = accessToken.Split('.');
        if (parts.Length != 3)
        {
            return false;
        }

        try
        {
            var payload = Base64Url.DecodeFromChars(parts[1]);
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            if (root.TryGetProperty("sub", out var sub) && sub.ValueKind == JsonValueKind.String
                && long.TryParse(sub.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                ownerId = id;
            }

            if (root.TryGetProperty("scopes", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                scopes = [.. list.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!)];
            }

            return true;
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            return false;
        }
    }
}
