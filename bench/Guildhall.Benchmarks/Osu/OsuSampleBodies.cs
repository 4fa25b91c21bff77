using System.Web;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Benchmarks.Osu;

/// <summary>
/// The four osu! bodies of the deserialization benchmark as the sandbox's osu! emulator writes them, in the real API's
/// shapes: used when the recorded real responses are not beside the repository.
/// </summary>
internal static class OsuSampleBodies
{
    /// <summary>The bodies by benchmark name.</summary>
    public static IReadOnlyDictionary<string, byte[]> Fetch() => FetchAsync().GetAwaiter().GetResult();

    private static async Task<IReadOnlyDictionary<string, byte[]>> FetchAsync()
    {
        await using var host = await SandboxHost.StartInMemoryAsync(new SandboxOptions());
        using var http = host.CreateClient();
        var authorize = await http.GetAsync(
            $"osu/oauth/authorize?client_id={OsuSandboxCredentials.ClientId}&redirect_uri={Uri.EscapeDataString(OsuSandboxCredentials.RedirectUri)}&response_type=code&scope=public+identify");
        var code = HttpUtility.ParseQueryString(authorize.Headers.Location!.Query)["code"]!;
        using var token = await http.PostAsync("osu/oauth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = OsuSandboxCredentials.ClientId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["client_secret"] = OsuSandboxCredentials.ClientSecret,
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = OsuSandboxCredentials.RedirectUri,
        }));
        using var tokenBody = System.Text.Json.JsonDocument.Parse(await token.Content.ReadAsStringAsync());
        http.DefaultRequestHeaders.Authorization = new("Bearer", tokenBody.RootElement.GetProperty("access_token").GetString());
        return new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["get_user"] = await http.GetByteArrayAsync($"osu/api/v2/users/{OsuSandboxSeed.StaffUserId}"),
            ["search_beatmapsets"] = await http.GetByteArrayAsync("osu/api/v2/beatmapsets/search?nsfw=true&s=any"),
            ["get_beatmapset"] = await http.GetByteArrayAsync($"osu/api/v2/beatmapsets/{OsuSandboxSeed.FeaturedBeatmapsetId}"),
            ["get_user_bests"] = await http.GetByteArrayAsync($"osu/api/v2/users/{OsuSandboxCredentials.UserId}/scores/best?limit=100"),
        };
    }
}
