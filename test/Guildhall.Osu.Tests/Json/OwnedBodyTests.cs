using Guildhall.Osu.Json;
using Guildhall.Osu.Json.Envelopes;
using Guildhall.Osu.Models;
using Guildhall.Osu.Tests.Wire;
using Guildhall.Testing;

namespace Guildhall.Osu.Tests.Json;

/// <summary>
/// The package's own bodies in osu!'s wire shape (<see cref="OsuWire"/>) read into their models and write back without
/// loss, from any clone: a model that drops or reshapes a value fails here.
/// </summary>
public sealed class OwnedBodyTests
{
    private static readonly Dictionary<string, (Func<string> Body, Type Model)> Bodies = new(StringComparer.Ordinal)
    {
        ["user card"] = (() => OsuWire.UserCard(11, "Skerry"), typeof(User)),
        ["user profile"] = (() => OsuWire.UserProfile(11, "Skerry"), typeof(User)),
        ["me"] = (() => OsuWire.Me(11, "Skerry"), typeof(User)),
        ["beatmap"] = (() => OsuWire.Beatmap(7, 70), typeof(Beatmap)),
        ["beatmapset"] = (() => OsuWire.Beatmapset(70), typeof(Beatmapset)),
        ["beatmapset search"] = (() => OsuWire.BeatmapsetSearch(3, 1200, "owned-cursor"), typeof(BeatmapsetSearchResult)),
        ["last beatmapset search page"] = (() => OsuWire.BeatmapsetSearch(1, 1, null), typeof(BeatmapsetSearchResult)),
        ["taiko attributes"] = (() => OsuWire.TaikoAttributes(0.25), typeof(AttributesEnvelope)),
        ["legacy score"] = (OsuWire.LegacyScore, typeof(Score)),
        ["lazer score"] = (OsuWire.LazerScore, typeof(Score)),
        ["leaderboard"] = (() => OsuWire.Leaderboard(3, 4000), typeof(BeatmapScoreboard)),
        ["user beatmap scores"] = (OsuWire.UserBeatmapScores, typeof(ScoresEnvelope)),
        ["kudosu history"] = (() => OsuWire.KudosuHistory(4), typeof(IReadOnlyList<KudosuHistory>)),
        ["kudosu ranking"] = (() => OsuWire.KudosuRanking(3), typeof(Rankings<User>)),
        ["spotlights"] = (OsuWire.Spotlights, typeof(SpotlightsEnvelope)),
        ["artist tracks"] = (() => OsuWire.ArtistTracks(3, "owned-cursor"), typeof(ArtistTracksPage)),
        ["last artist tracks page"] = (() => OsuWire.ArtistTracks(1, null), typeof(ArtistTracksPage)),
        ["seasonal backgrounds"] = (OsuWire.SeasonalBackgrounds, typeof(SeasonalBackgrounds)),
        ["changelog listing"] = (() => OsuWire.ChangelogListing(3), typeof(ChangelogListing)),
        ["changelog build"] = (() => OsuWire.ChangelogBuild(41, withVersions: true), typeof(ChangelogBuild)),
        ["news listing"] = (() => OsuWire.NewsListing(3, "owned-cursor"), typeof(NewsListing)),
        ["news post"] = (() => OsuWire.NewsPost(1801, shown: true), typeof(NewsPost)),
        ["wiki page"] = (OsuWire.WikiPage, typeof(WikiPage)),
        ["comment bundle"] = (() => OsuWire.CommentBundle(3, more: true), typeof(CommentBundle)),
        ["last comment bundle"] = (() => OsuWire.CommentBundle(1, more: false), typeof(CommentBundle)),
        ["beatmap packs"] = (() => OsuWire.BeatmapPacks(3, "owned-cursor"), typeof(BeatmapPacksPage)),
        ["beatmap pack"] = (() => OsuWire.BeatmapPack(1, withSets: true), typeof(BeatmapPack)),
        ["discussions"] = (() => OsuWire.Discussions(2, "owned-cursor"), typeof(BeatmapsetDiscussionsPage)),
        ["discussion posts"] = (() => OsuWire.DiscussionPosts(3), typeof(BeatmapsetDiscussionPostsPage)),
        ["discussion votes"] = (() => OsuWire.DiscussionVotes(2), typeof(BeatmapsetDiscussionVotesPage)),
        ["beatmapset events"] = (() => OsuWire.BeatmapsetEvents("harbour_toll"), typeof(BeatmapsetEventsPage)),
        ["chat channels"] = (OsuWire.Channels, typeof(IReadOnlyList<ChatChannel>)),
        ["chat channel with users"] = (() => OsuWire.ChannelWithUsers(2, OsuWire.PlayerId), typeof(ChatChannelDetails)),
        ["chat messages"] = (() => OsuWire.Messages(3, 9010), typeof(IReadOnlyList<ChatMessage>)),
        ["private message"] = (OsuWire.PrivateMessage, typeof(PrivateMessageResult)),
        ["created channel"] = (OsuWire.CreatedChannel, typeof(ChatChannel)),
        ["chat ack"] = (OsuWire.Ack, typeof(ChatAck)),
        ["forum topic page"] = (() => OsuWire.ForumTopicPage(12, 3, 122), typeof(ForumTopicPage)),
        ["last forum topic page"] = (() => OsuWire.ForumTopicPage(12, 2, null), typeof(ForumTopicPage)),
        ["created forum topic"] = (OsuWire.CreatedTopic, typeof(CreatedForumTopic)),
        ["edited forum post"] = (() => OsuWire.ForumPost(5, 12, edited: true), typeof(ForumPost)),
        ["match listing"] = (() => OsuWire.Matches(3, 4242, 4240), typeof(MultiplayerMatchesPage)),
        ["match with legacy scores"] = (() => OsuWire.MatchDetails(legacyScores: true), typeof(MultiplayerMatchDetails)),
        ["match with lazer scores"] = (() => OsuWire.MatchDetails(legacyScores: false), typeof(MultiplayerMatchDetails)),
        ["room"] = (OsuWire.Room, typeof(Room)),
        ["room leaderboard"] = (OsuWire.RoomLeaderboard, typeof(RoomLeaderboard)),
        ["playlist scores"] = (() => OsuWire.PlaylistScores(OsuWire.PlayLazerId), typeof(PlaylistScoresPage)),
        ["last playlist scores page"] = (() => OsuWire.PlaylistScores(null), typeof(PlaylistScoresPage)),
    };

    public static TheoryData<string> Names() => [.. Bodies.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Names))]
    public void An_owned_body_survives_reading_and_writing_without_loss(string name)
    {
        var (body, model) = Bodies[name];

        ModelRoundTrip.AssertLossless(name, body(), model);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void An_owned_body_with_unknown_members_at_every_level_and_emptied_strings_survives(string name)
    {
        var (body, model) = Bodies[name];

        WireRoundTrip.AssertLosslessUnderMutation(name, body(), OsuJson.Options.GetTypeInfo(model), seeds: [1, 2, 3]);
    }

    [Fact]
    public void A_beatmapset_event_of_a_kind_osu_adds_later_reads_as_unknown_and_keeps_its_name_and_details()
    {
        var page = System.Text.Json.JsonSerializer.Deserialize(OsuWire.BeatmapsetEvents("harbour_toll"), OsuJson.TypeInfo<BeatmapsetEventsPage>())!;

        Assert.Equal([BeatmapsetEventType.Nominate, BeatmapsetEventType.Disqualify, BeatmapsetEventType.GenreEdit, BeatmapsetEventType.Unknown], page.Events.Select(e => e.Type));
        Assert.Equal("harbour_toll", page.Events[3].TypeName);
        Assert.Equal(System.Text.Json.JsonValueKind.Array, page.Events[3].Comment?.ValueKind);
        Assert.Equal(6100, page.Events[1].Discussion?.Id);
        Assert.Equal(10, page.ReviewsConfig?.MaxBlocks);
    }

    [Fact]
    public void A_field_no_model_declares_is_kept_and_written_back()
    {
        var body = OsuWire.Node(OsuWire.UserCard(11, "Skerry")).AsObject();
        body["field_osu_never_sent"] = new System.Text.Json.Nodes.JsonArray(1, "", null);

        var user = System.Text.Json.JsonSerializer.Deserialize(body.ToJsonString(), OsuJson.TypeInfo<User>())!;

        Assert.Equal("""[1,"",null]""", user.ExtensionData["field_osu_never_sent"].GetRawText());
        ModelRoundTrip.AssertLossless("user card", body.ToJsonString(), typeof(User));
    }
}
