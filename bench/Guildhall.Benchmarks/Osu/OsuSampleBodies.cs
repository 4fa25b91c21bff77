using System.Web;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Benchmarks.Osu;

/// <summary>
/// osu! bodies in the shapes of the real API, as the sandbox's osu! emulator writes them: a 50-set beatmapset search
/// page and a full <c>/me</c> (profile with every include and the statistics of all four rulesets).
/// </summary>
internal static class OsuSampleBodies
{
    private static readonly Lazy<(byte[] SearchPage, byte[] FullUser)> Bodies = new(() => FetchAsync().GetAwaiter().GetResult());

    public static byte[] SearchPage => Bodies.Value.SearchPage;

    public static byte[] FullUser => Bodies.Value.FullUser;

    private static async Task<(byte[], byte[])> FetchAsync()
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
        return (await http.GetByteArrayAsync("osu/api/v2/beatmapsets/search?nsfw=true&s=any"), await http.GetByteArrayAsync("osu/api/v2/me"));
    }
}
