using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Osu;
using Guildhall.Sandbox.Polympics;
using Guildhall.Sandbox.Tatsu;
using Guildhall.Sandbox.TopGg;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Guildhall.Sandbox.Tests.EmulatorWalk;

/// <summary>
/// Every route a sandbox host maps, read from its endpoint data sources (so a route added tomorrow is walked too), with
/// seeded values for its parameters, the credentials each API accepts, and a body that the write routes accept.
/// </summary>
public static class EmulatorRoutes
{
    private static readonly string[] AnyMethod = ["GET", "POST"];

    /// <summary>A body each write route accepts, so the walk also sees its success answer; other write routes get <c>{}</c>.</summary>
    private static readonly Dictionary<string, string> AcceptedBodies = new(StringComparer.Ordinal)
    {
        ["POST /topgg/api/bots/stats"] = """{"server_count":42}""",
        ["POST /topgg/api/bots/{botId}/stats"] = """{"server_count":[20,22],"shard_count":2}""",
        ["PATCH /topgg/api/v1/projects/@me/"] = """{"headline":{"en":"A bot for the walk"}}""",
        ["PATCH /topgg/api/v1/projects/@me/metrics"] = """{"server_count":42}""",
        ["POST /topgg/api/v1/projects/@me/metrics/batch"] = """{"data":[{"metrics":{"server_count":42}}]}""",
        ["POST /topgg/api/v1/projects/@me/commands"] = """[{"name":"ping","description":"Answers pong","type":1}]""",
        ["PUT /topgg/api/v1/projects/@me/commands"] = """[{"name":"ping","description":"Answers pong","type":1}]""",
        ["POST /topgg/api/v1/projects/@me/announcements"] = """{"title":"Walked","content":"Every route answers with a type."}""",
        ["PATCH /tatsu/v1/guilds/{guildId}/members/{userId}/points"] = """{"action":0,"amount":5}""",
        ["PATCH /tatsu/v1/guilds/{guildId}/members/{userId}/score"] = """{"action":0,"amount":5}""",
        ["POST /osu/api/v2/beatmaps/{beatmap}/attributes"] = """{"ruleset":"osu"}""",
        ["POST /polympics/teams/new"] = """{"name":"Walkers"}""",
        ["PATCH /polympics/team/{team}"] = """{"name":"Walkers of Olympus"}""",
        ["POST /polympics/accounts/new"] = """{"id":"912345678900000001","name":"Walker","discriminator":"0001"}""",
        ["PATCH /polympics/account/{account}"] = """{"name":"Athena the walker"}""",
        ["POST /polympics/awards/new"] = """{"title":"Walked","image_url":"https://example.com/a.png","team":1,"accounts":[]}""",
        ["PATCH /polympics/award/{award}"] = """{"title":"Walked twice"}""",
        ["PUT /polympics/callback/{event}"] = """{"url":"https://bot.example.com/polympics","secret":"walk-secret"}""",
        ["POST /polympics/auth/create_session"] = $$"""{"account":{{PolympicsSandboxCredentials.CaptainAccountId}}}""",
        ["POST /polympics/auth/discord"] = $$"""{"token":"{{PolympicsSandboxCredentials.CaptainDiscordToken}}"}""",
    };

    /// <summary>The query a route needs to succeed; other routes are called without one.</summary>
    private static readonly Dictionary<string, string> SuccessQueries = new(StringComparer.Ordinal)
    {
        ["GET /osu/oauth/authorize"] = $"?client_id={OsuSandboxCredentials.ClientId}&redirect_uri={Uri.EscapeDataString(OsuSandboxCredentials.RedirectUri)}&response_type=code&scope=public",
        ["GET /topgg/api/bots/check"] = $"?userId={TopGgSandboxCredentials.RecentVoterId}",
        ["GET /topgg/api/bots/{botId}/check"] = $"?userId={TopGgSandboxCredentials.RecentVoterId}",
        ["GET /osu/api/v2/beatmaps"] = $"?ids[]={OsuSandboxSeed.FeaturedBeatmapId}",
        ["GET /osu/api/v2/beatmaps/lookup"] = $"?id={OsuSandboxSeed.FeaturedBeatmapId}",
        ["GET /osu/api/v2/beatmapsets/lookup"] = $"?beatmap_id={OsuSandboxSeed.FeaturedBeatmapId}",
        ["GET /osu/api/v2/users"] = $"?ids[]={OsuSandboxSeed.StaffUserId}",
    };

    /// <summary>Every method of every route the host maps, parameters filled in.</summary>
    public static IReadOnlyList<RouteProbe> Enumerate(SandboxHost host)
    {
        var probes = new List<RouteProbe>();
        foreach (var endpoint in host.Services.GetServices<EndpointDataSource>().SelectMany(source => source.Endpoints).OfType<RouteEndpoint>())
        {
            var template = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            var api = ApiOf(template);
            var path = Fill(endpoint.RoutePattern, api, template);
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? AnyMethod;
            probes.AddRange(methods.Select(method =>
                new RouteProbe(method, template, path + SuccessQueries.GetValueOrDefault($"{method} {template}", ""), api)));
        }

        return probes;
    }

    /// <summary>The <c>Authorization</c> header value each API accepts from its most capable seeded caller.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> CredentialsAsync(SandboxHost host)
    {
        var polympics = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{PolympicsSandboxCredentials.FullAppUsername}:{PolympicsSandboxCredentials.FullAppToken}"));
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["topgg"] = "Bearer " + TopGgSandboxCredentials.Token,
            ["tatsu"] = TatsuSandboxCredentials.GuildmasterKey,
            ["osu"] = "Bearer " + await OsuUserTokenAsync(host),
            ["polympics"] = "Basic " + polympics,
        };
    }

    /// <summary>A body the route accepts, or <c>{}</c>.</summary>
    public static string AcceptedBody(RouteProbe probe) => AcceptedBodies.GetValueOrDefault(probe.ToString(), "{}");

    /// <summary>Sends a request with a body of the given content type (none when <paramref name="body"/> is null).</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient root, RouteProbe probe, string? authorization, HttpContent? body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(probe.Method), probe.Path.TrimStart('/')) { Content = body };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await root.SendAsync(request);
    }

    /// <summary>A JSON body as a client would send it.</summary>
    public static HttpContent Json(string text)
    {
        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");
        return content;
    }

    private static string ApiOf(string template)
    {
        var first = template.Split('/', StringSplitOptions.RemoveEmptyEntries) is [var head, var next, ..] ? (head == "_sandbox" ? next : head) : "host";
        return first is "topgg" or "tatsu" or "osu" or "polympics" ? first : "host";
    }

    private static string Fill(RoutePattern pattern, string api, string template)
    {
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => SampleValue(api, template, parameter),
                    _ => throw new InvalidOperationException($"Unexpected route part in {template}."),
                });
            }
        }

        return path.Length == 0 ? "/" : path.ToString();
    }

    /// <summary>A seeded value for a route parameter; a new parameter name fails the walk until it is given one here.</summary>
    private static string SampleValue(string api, string template, RoutePatternParameterPart parameter)
    {
        if (parameter.IsCatchAll)
        {
            return "no/such/route";
        }

        return (api, parameter.Name) switch
        {
            ("topgg", "botId") => TopGgSandboxCredentials.BotId.ToString(CultureInfo.InvariantCulture),
            ("topgg", "userId") => TopGgSandboxCredentials.RecentVoterId.ToString(CultureInfo.InvariantCulture),
            ("topgg", "id") => "1",
            ("tatsu", "guildId") => TatsuSandboxData.TavernGuildId.ToString(CultureInfo.InvariantCulture),
            ("tatsu", "userId") => TatsuSandboxData.GuildmasterUserId.ToString(CultureInfo.InvariantCulture),
            ("tatsu", "timeframe") => "all",
            ("tatsu", "listingId") => TatsuSandboxData.AntiqueChairListingId,
            ("osu", "beatmap") => OsuSandboxSeed.FeaturedBeatmapId.ToString(CultureInfo.InvariantCulture),
            ("osu", "beatmapset") => OsuSandboxSeed.FeaturedBeatmapsetId.ToString(CultureInfo.InvariantCulture),
            ("osu", "user") => OsuSandboxSeed.StaffUserId.ToString(CultureInfo.InvariantCulture),
            ("osu", "score") => OsuSandboxSeed.LazerScoreId.ToString(CultureInfo.InvariantCulture),
            ("osu", "mode" or "ruleset") => "osu",
            ("osu", "type") when template.Contains("/rankings/", StringComparison.Ordinal) => "performance",
            ("osu", "type") when template.Contains("/beatmapsets/", StringComparison.Ordinal) => "favourite",
            ("osu", "type") => "best",
            ("osu", "locale") => "en",
            ("osu", "changelog" or "stream") => "lazer",
            ("osu", "build") => "2026.1205.0",
            ("osu", "channel") => OsuSandboxCommunitySeed.OsuChannelId.ToString(CultureInfo.InvariantCulture),
            ("osu", "topic") => OsuSandboxCommunitySeed.ForumTopicId.ToString(CultureInfo.InvariantCulture),
            ("osu", "match") => OsuSandboxCommunitySeed.MatchId.ToString(CultureInfo.InvariantCulture),
            ("osu", "room") => OsuSandboxCommunitySeed.RoomId.ToString(CultureInfo.InvariantCulture),
            ("osu", "item") => OsuSandboxCommunitySeed.PlaylistItemId.ToString(CultureInfo.InvariantCulture),
            ("osu", "pack" or "news" or "comment" or "post" or "message") => "1",
            ("polympics", "account") => PolympicsSandboxCredentials.CaptainAccountId.ToString(CultureInfo.InvariantCulture),
            ("polympics", "team" or "award") => "1",
            ("polympics", "event") => "account_team_update",
            _ => throw new InvalidOperationException($"The route walk has no sample value for {{{parameter.Name}}} in {template}; add one."),
        };
    }

    /// <summary>A user token with the scopes the read routes need, from the sandbox's authorization code flow.</summary>
    private static async Task<string> OsuUserTokenAsync(SandboxHost host)
    {
        // The approval redirects to the registered callback, which nothing serves: the code is read from the redirect.
        using var root = new HttpClient(host.IsInMemory ? host.CreateHandler() : new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
        var redirect = Uri.EscapeDataString(OsuSandboxCredentials.RedirectUri);
        using var approval = await root.GetAsync(
            $"osu/oauth/authorize?client_id={OsuSandboxCredentials.ClientId}&redirect_uri={redirect}&response_type=code&scope=public+identify+friends.read");
        Assert.Equal(HttpStatusCode.Redirect, approval.StatusCode);
        var code = System.Web.HttpUtility.ParseQueryString(approval.Headers.Location!.Query)["code"];
        using var exchange = await root.PostAsync("osu/oauth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = OsuSandboxCredentials.ClientId.ToString(CultureInfo.InvariantCulture),
            ["client_secret"] = OsuSandboxCredentials.ClientSecret,
            ["grant_type"] = "authorization_code",
            ["code"] = code!,
            ["redirect_uri"] = OsuSandboxCredentials.RedirectUri,
        }));
        exchange.EnsureSuccessStatusCode();
        return (string)JsonNode.Parse(await exchange.Content.ReadAsStringAsync())!["access_token"]!;
    }
}
