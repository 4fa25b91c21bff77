using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Sandbox.Tests.Osu;

public sealed class OsuKestrelTests
{
    [Fact]
    public async Task The_osu_emulator_works_over_real_sockets()
    {
        await using var host = await SandboxHost.StartAsync(new SandboxOptions());
        using var http = host.CreateClient("osu");

        var token = await http.PostAsync("oauth/token", new FormUrlEncodedContent(
        [
            KeyValuePair.Create("client_id", OsuSandboxCredentials.ClientId.ToString()),
            KeyValuePair.Create("client_secret", OsuSandboxCredentials.ClientSecret),
            KeyValuePair.Create("grant_type", "client_credentials"),
            KeyValuePair.Create("scope", "public"),
        ]));
        var accessToken = JsonNode.Parse(await token.Content.ReadAsStringAsync())!["access_token"]!.GetValue<string>();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/v2/beatmapsets/{OsuSandboxSeed.FeaturedBeatmapsetId}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        var response = await http.SendAsync(request);

        Assert.False(host.IsInMemory);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(OsuSandboxSeed.FeaturedArtist, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["artist"]!.GetValue<string>());
    }
}
