using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Guildhall.Osu.Authentication;
using Guildhall.Osu.Json;
using Guildhall.Osu.Json.Envelopes;
using Guildhall.Osu.Models;
using Guildhall.Osu.Tests.Json;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Osu.Tests.Sandbox;

/// <summary>
/// The bodies the sandbox writes (in both score formats) hold nothing the models drop: a second, independent check of
/// the models beside the recorded responses, and of the emulator's shapes beside the models.
/// </summary>
public sealed class SandboxWireFormatTests(OsuSandbox sandbox) : IClassFixture<OsuSandbox>
{
    private static readonly JsonSerializerOptions WriteEverything = new(OsuJson.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    public static TheoryData<string, string, bool> Calls()
    {
        const long staff = OsuSandboxSeed.StaffUserId;
        const long me = OsuSandboxCredentials.UserId;
        const long featured = OsuSandboxSeed.FeaturedBeatmapId;
        const long collaboration = featured + 3;
        return new()
        {
            { $"users/{staff}", nameof(User), false },
            { $"users?ids[]={staff}&ids[]={me}&include_variant_statistics=true", nameof(UsersEnvelope), false },
            { $"users/{me}/scores/best?limit=20", nameof(Score) + "[]", false },
            { $"users/{me}/scores/best?limit=20", nameof(Score) + "[]", true },
            { $"users/{me}/scores/recent?include_fails=1&limit=20", nameof(Score) + "[]", true },
            { $"users/{me}/scores/pinned", nameof(Score) + "[]", false },
            { $"users/{me}/scores/firsts", nameof(Score) + "[]", true },
            { $"users/{me}/beatmapsets/favourite?limit=20", nameof(Beatmapset) + "[]", false },
            { $"users/{me}/beatmapsets/most_played?limit=20", nameof(BeatmapPlaycount) + "[]", false },
            { $"users/{me}/recent_activity?limit=50", nameof(ActivityEvent) + "[]", false },
            { $"users/{me}/kudosu?limit=50", nameof(KudosuHistory) + "[]", false },
            { $"beatmaps/{featured}", nameof(Beatmap), false },
            { $"beatmaps?ids[]={featured}&ids[]={collaboration}", nameof(BeatmapsEnvelope), false },
            { $"beatmaps/lookup?id={featured}", nameof(Beatmap), false },
            { $"beatmaps/{featured}/scores", nameof(BeatmapScoreboard), false },
            { $"beatmaps/{featured}/scores", nameof(BeatmapScoreboard), true },
            { $"beatmaps/{collaboration}/scores/users/{me}/all", nameof(ScoresEnvelope), true },
            { $"beatmapsets/{OsuSandboxSeed.FeaturedBeatmapsetId}", nameof(Beatmapset), false },
            { $"beatmapsets/lookup?beatmap_id={featured}", nameof(Beatmapset), false },
            { "beatmapsets/search?s=any", nameof(BeatmapsetSearchResult), false },
            { $"scores/{OsuSandboxSeed.LazerScoreId}", nameof(Score), false },
            { $"scores/{OsuSandboxSeed.LazerScoreId}", nameof(Score), true },
            { $"scores/osu/{OsuSandboxSeed.LegacyScoreId}", nameof(Score), true },
            { "rankings/osu/performance", "UserRankings", false },
            { "rankings/mania/score?variant=4k", "UserRankings", false },
            { "rankings/osu/country", "CountryRankings", false },
            { "rankings/osu/charts", "UserRankings", false },
            { "rankings/kudosu", "KudosuRankings", false },
            { "spotlights", nameof(SpotlightsEnvelope), false },
            { "events", nameof(ActivityEventsPage), false },
            { "search?mode=all&query=a", nameof(SearchResults), false },
            { "search?mode=wiki_page&query=osu", nameof(SearchResults), false },
        };
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task A_sandbox_body_survives_the_models(string path, string model, bool legacyScores)
    {
        var token = await sandbox.Storage().AppClient.GetCurrentTokenAsync();
        var json = await GetAsync(path, token, legacyScores ? OsuApiVersions.LegacyScores : OsuApiVersions.Current);

        AssertLossless(json, TypeOf(model));
    }

    [Fact]
    public async Task The_bodies_of_a_user_session_survive_the_models()
    {
        var storage = sandbox.Storage();
        var token = await (await sandbox.AuthorizeAsync(storage, OsuScopes.Identify, OsuScopes.Public, OsuScopes.FriendsRead)).GetCurrentTokenAsync();

        AssertLossless(await GetAsync("me", token, OsuApiVersions.Current), typeof(User));
        AssertLossless(await GetAsync("me/taiko", token, OsuApiVersions.Current), typeof(User));
        AssertLossless(await GetAsync("friends", token, OsuApiVersions.FriendRelations), typeof(IReadOnlyList<UserRelation>));
    }

    private static readonly Dictionary<string, Type> Models = new(StringComparer.Ordinal)
    {
        [nameof(User)] = typeof(User),
        [nameof(UsersEnvelope)] = typeof(UsersEnvelope),
        ["Score[]"] = typeof(IReadOnlyList<Score>),
        ["Beatmapset[]"] = typeof(IReadOnlyList<Beatmapset>),
        ["BeatmapPlaycount[]"] = typeof(IReadOnlyList<BeatmapPlaycount>),
        ["ActivityEvent[]"] = typeof(IReadOnlyList<ActivityEvent>),
        ["KudosuHistory[]"] = typeof(IReadOnlyList<KudosuHistory>),
        [nameof(Beatmap)] = typeof(Beatmap),
        [nameof(BeatmapsEnvelope)] = typeof(BeatmapsEnvelope),
        [nameof(BeatmapScoreboard)] = typeof(BeatmapScoreboard),
        [nameof(ScoresEnvelope)] = typeof(ScoresEnvelope),
        [nameof(Beatmapset)] = typeof(Beatmapset),
        [nameof(BeatmapsetSearchResult)] = typeof(BeatmapsetSearchResult),
        [nameof(Score)] = typeof(Score),
        ["UserRankings"] = typeof(Rankings<UserStatistics>),
        ["CountryRankings"] = typeof(Rankings<CountryStatistics>),
        ["KudosuRankings"] = typeof(Rankings<User>),
        [nameof(SpotlightsEnvelope)] = typeof(SpotlightsEnvelope),
        [nameof(ActivityEventsPage)] = typeof(ActivityEventsPage),
        [nameof(SearchResults)] = typeof(SearchResults),
    };

    private static Type TypeOf(string model) => Models[model];

    private static void AssertLossless(string json, Type type) => ModelRoundTrip.AssertLossless(type.Name, json, type);

    private async Task<string> GetAsync(string path, OsuToken token, int apiVersion)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(sandbox.Host.GetApiBase("osu"), "api/v2/" + path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        request.Headers.Add("x-api-version", apiVersion.ToString(CultureInfo.InvariantCulture));
        using var response = await sandbox.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return body;
    }
}
