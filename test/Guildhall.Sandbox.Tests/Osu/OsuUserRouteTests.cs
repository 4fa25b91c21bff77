using System.Net;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Sandbox.Tests.Osu;

public sealed class OsuUserRouteTests(OsuSharedHost shared) : IClassFixture<OsuSharedHost>
{
    private OsuTestHost Host => shared.Host;

    [Fact]
    public async Task Me_is_the_signed_in_user_with_statistics_in_every_ruleset()
    {
        var me = await Host.GetJsonAsync("osu/api/v2/me", shared.UserToken);

        Assert.Equal(["osu", "taiko", "fruits", "mania"], OsuJson.Keys(me["statistics_rulesets"]!));
        Assert.Equal(OsuSandboxCredentials.UserId, me["id"]!.GetValue<long>());
        Assert.True(me["session_verified"]!.GetValue<bool>());
        Assert.Equal(me["rank_history"]!.ToJsonString(), me["rankHistory"]!.ToJsonString());
        Assert.Equal(me["statistics"]!["global_rank"]!.GetValue<int>(), me["rank_history"]!["data"]!.AsArray()[^1]!.GetValue<int>(), 3.0);
    }

    [Fact]
    public async Task Me_takes_a_ruleset_in_the_path()
    {
        var me = await Host.GetJsonAsync("osu/api/v2/me", shared.UserToken);
        var taiko = await Host.GetJsonAsync("osu/api/v2/me/taiko", shared.UserToken);
        var invalid = await Host.GetJsonAsync("osu/api/v2/me/piano", shared.UserToken, HttpStatusCode.NotFound);

        Assert.Equal(me["statistics_rulesets"]!["taiko"]!["pp"]!.GetValue<double>(), taiko["statistics"]!["pp"]!.GetValue<double>());
        Assert.Equal("taiko", taiko["rank_history"]!["mode"]!.GetValue<string>());
        Assert.Equal("osu", taiko["playmode"]!.GetValue<string>());
        Assert.Equal("""{"error":null}""", invalid.ToJsonString());
    }

    [Theory]
    [InlineData("{id}")]
    [InlineData("{name}")]
    [InlineData("@{name}")]
    [InlineData("{NAME}/osu")]
    [InlineData("{name}?key=username")]
    [InlineData("{id}?key=id")]
    public async Task User_resolves_by_id_username_and_at_username(string user)
    {
        var profile = await Host.GetJsonAsync("osu/api/v2/users/" + Staff(user), shared.ClientToken);
        Assert.Equal(OsuSandboxSeed.StaffUserId, profile["id"]!.GetValue<long>());
        Assert.Equal(OsuSandboxSeed.StaffUsername, profile["username"]!.GetValue<string>());
        Assert.False(profile.AsObject().ContainsKey("statistics_rulesets"));
    }

    [Theory]
    [InlineData("999999999")]
    [InlineData("nobody-here")]
    [InlineData("{name}?key=id")]
    [InlineData("{id}/piano")]
    public async Task Unknown_users_and_rulesets_answer_osus_404(string user)
    {
        var body = await Host.GetJsonAsync("osu/api/v2/users/" + Staff(user), shared.ClientToken, HttpStatusCode.NotFound);

        Assert.Equal("""{"error":null}""", body.ToJsonString());
    }

    [Fact]
    public async Task User_with_mode_shows_that_rulesets_statistics_and_variants_for_mania()
    {
        var mania = await Host.GetJsonAsync($"{OsuTestHost.StaffPath}/mania", shared.ClientToken);

        var variants = mania["statistics"]!["variants"]!.AsArray();
        Assert.Equal(["4k", "7k"], variants.Select(v => v!["variant"]!.GetValue<string>()));
        Assert.Null(mania["current_user_attributes"]);
    }

    [Fact]
    public async Task Users_by_ids_returns_cards_with_all_ruleset_statistics_in_id_order()
    {
        const long staff = OsuSandboxSeed.StaffUserId;
        var body = await Host.GetJsonAsync($"osu/api/v2/users?ids[]={staff}&ids[]={OsuSandboxCredentials.UserId}&ids[]=123", shared.ClientToken);
        var withVariants = await Host.GetJsonAsync($"osu/api/v2/users?ids[]={staff}&include_variant_statistics=true", shared.ClientToken);
        var none = await Host.GetJsonAsync("osu/api/v2/users", shared.ClientToken);
        var withoutBrackets = await Host.GetJsonAsync($"osu/api/v2/users?ids={staff}&ids={OsuSandboxCredentials.UserId}", shared.ClientToken);
        var indexed = await Host.GetJsonAsync($"osu/api/v2/users?ids[0]={staff}", shared.ClientToken);

        var users = body["users"]!.AsArray();
        Assert.Equal(new[] { staff, OsuSandboxCredentials.UserId }.Order(), users.Select(u => u!["id"]!.GetValue<long>()));
        Assert.Equal(["osu", "taiko", "fruits", "mania"], OsuJson.Keys(users[0]!["statistics_rulesets"]!));
        foreach (var key in new[] { "country", "cover", "groups", "team" })
        {
            Assert.True(users[0]!.AsObject().ContainsKey(key), key);
        }

        Assert.Null(users[0]!["statistics_rulesets"]!["mania"]!["variants"]);
        Assert.Equal(2, withVariants["users"]![0]!["statistics_rulesets"]!["mania"]!["variants"]!.AsArray().Count);
        Assert.Equal("""{"users":[]}""", none.ToJsonString());
        Assert.Equal("""{"users":[]}""", withoutBrackets.ToJsonString());
        Assert.Single(indexed["users"]!.AsArray());
    }

    [Fact]
    public async Task Users_by_ids_reads_at_most_fifty_ids()
    {
        var ranking = await Host.GetJsonAsync("osu/api/v2/rankings/osu/performance", shared.ClientToken);
        var second = await Host.GetJsonAsync("osu/api/v2/rankings/osu/performance?cursor[page]=2", shared.ClientToken);
        var ids = ranking["ranking"]!.AsArray().Concat(second["ranking"]!.AsArray()).Select(r => r!["user"]!["id"]!.GetValue<long>()).Take(60).ToList();

        var body = await Host.GetJsonAsync("osu/api/v2/users?" + string.Join("&", ids.Select(id => $"ids[]={id}")), shared.ClientToken);

        Assert.Equal(60, ids.Count);
        Assert.Equal(ids.Take(50).Order(), body["users"]!.AsArray().Select(u => u!["id"]!.GetValue<long>()));
    }

    [Fact]
    public async Task Friends_are_users_sorted_by_name_or_relations_from_version_20241022()
    {
        var users = (await Host.GetJsonAsync("osu/api/v2/friends", shared.UserToken)).AsArray();
        var relations = (await Host.GetJsonAsync("osu/api/v2/friends", shared.UserToken, apiVersion: 20241022)).AsArray();

        Assert.NotEmpty(users);
        var names = users.Select(u => u!["username"]!.GetValue<string>()).ToList();
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);
        foreach (var key in new[] { "country", "cover", "groups", "statistics", "support_level", "team" })
        {
            Assert.True(users[0]!.AsObject().ContainsKey(key), key);
        }

        Assert.Equal(users.Count, relations.Count);
        Assert.Equal(["target_id", "relation_type", "mutual", "target"], OsuJson.Keys(relations[0]!));
        Assert.All(relations, r => Assert.Equal("friend", r!["relation_type"]!.GetValue<string>()));
        Assert.Equal(users[0]!["id"]!.GetValue<long>(), relations[0]!["target_id"]!.GetValue<long>());
        Assert.Contains(relations, r => r!["mutual"]!.GetValue<bool>());
        Assert.Contains(relations, r => !r!["mutual"]!.GetValue<bool>());
    }

    // Fills the staff account's id and name into a user path segment.
    private static string Staff(string user) => user
        .Replace("{id}", OsuSandboxSeed.StaffUserId.ToString(), StringComparison.Ordinal)
        .Replace("{name}", OsuSandboxSeed.StaffUsername, StringComparison.Ordinal)
        .Replace("{NAME}", OsuSandboxSeed.StaffUsername.ToUpperInvariant(), StringComparison.Ordinal);
}
