using Guildhall.Osu.Json;
using Guildhall.Osu.Json.Envelopes;
using Guildhall.Osu.Models;
using Guildhall.Osu.Tests.Infrastructure;
using Guildhall.Testing;

namespace Guildhall.Osu.Tests.Json;

/// <summary>
/// Conformance with the real API: every recorded real response of the endpoints this package calls is read into its
/// model and written back, as sent and with members the API never sent added at every level and string values emptied;
/// nothing may be lost (see <see cref="JsonLossWalker"/>: only member order and number spelling may change), and every
/// element of every array is compared. The recordings live beside the repository, not in it, so these tests are skipped where they are missing and
/// required in CI; <see cref="OwnedBodyTests"/> holds the package's own bodies to the same rule everywhere.
/// </summary>
public sealed class RecordedResponseTests
{
    /// <summary>Which model reads which recording. Error bodies (<c>_404</c>) are read by the error reader instead.</summary>
    private static readonly Dictionary<string, Type> Models = new(StringComparer.Ordinal)
    {
        ["get_me_200"] = typeof(User),
        ["get_user_200"] = typeof(User),
        ["get_users_200"] = typeof(UsersEnvelope),
        ["get_user_kudosu_200"] = typeof(IReadOnlyList<KudosuHistory>),
        ["get_user_recents_200"] = typeof(IReadOnlyList<Score>),
        ["get_user_bests_200"] = typeof(IReadOnlyList<Score>),
        ["get_user_pinned_200"] = typeof(IReadOnlyList<Score>),
        ["score_osu"] = typeof(IReadOnlyList<Score>),
        ["score_taiko"] = typeof(IReadOnlyList<Score>),
        ["score_fruits"] = typeof(IReadOnlyList<Score>),
        ["score_mania"] = typeof(IReadOnlyList<Score>),
        ["get_user_beatmap_scores_200"] = typeof(ScoresEnvelope),
        ["get_user_beatmaps_200"] = typeof(IReadOnlyList<Beatmapset>),
        ["get_user_most_played_200"] = typeof(IReadOnlyList<BeatmapPlaycount>),
        ["get_user_recent_activity_200"] = typeof(IReadOnlyList<ActivityEvent>),
        ["get_beatmap_200"] = typeof(Beatmap),
        ["lookup_beatmap_200"] = typeof(Beatmap),
        ["lookup_beatmaps_200"] = typeof(Beatmap),
        ["get_beatmaps_200"] = typeof(BeatmapsEnvelope),
        ["get_beatmap_attributes_200"] = typeof(AttributesEnvelope),
        ["difficulty_attributes_osu"] = typeof(AttributesEnvelope),
        ["difficulty_attributes_taiko"] = typeof(AttributesEnvelope),
        ["difficulty_attributes_fruits"] = typeof(AttributesEnvelope),
        ["difficulty_attributes_mania"] = typeof(AttributesEnvelope),
        ["get_beatmap_scores_200"] = typeof(BeatmapScoreboard),
        ["get_beatmapset_200"] = typeof(Beatmapset),
        ["lookup_beatmapset_200"] = typeof(Beatmapset),
        ["search_beatmapsets_200"] = typeof(BeatmapsetSearchResult),
        ["get_score_200"] = typeof(Score),
        ["get_score_lazer_200"] = typeof(Score),
        ["get_rankings_kudosu_200"] = typeof(Rankings<User>),
        ["get_spotlights_200"] = typeof(SpotlightsEnvelope),
        ["get_featured_tracks_200"] = typeof(ArtistTracksPage),
        ["get_featured_artists_200"] = typeof(ArtistTracksPage),
        ["get_seasonal_backgrounds_200"] = typeof(SeasonalBackgrounds),
        ["get_changelog_listing_200"] = typeof(ChangelogListing),
        ["get_changelog_build_200"] = typeof(ChangelogBuild),
        ["lookup_changelog_build_200"] = typeof(ChangelogBuild),
        ["get_news_listing_200"] = typeof(NewsListing),
        ["get_news_post_200"] = typeof(NewsPost),
        ["get_wiki_page_200"] = typeof(WikiPage),
        ["get_comment_200"] = typeof(CommentBundle),
        ["get_beatmap_packs_200"] = typeof(BeatmapPacksPage),
        ["get_beatmap_pack_200"] = typeof(BeatmapPack),
        ["get_beatmapset_discussions_200"] = typeof(BeatmapsetDiscussionsPage),
        ["get_beatmapset_discussion_posts_200"] = typeof(BeatmapsetDiscussionPostsPage),
        ["get_beatmapset_discussion_votes_200"] = typeof(BeatmapsetDiscussionVotesPage),
        ["get_chat_ack_200"] = typeof(ChatAck),
        ["get_channels_200"] = typeof(IReadOnlyList<ChatChannel>),
        ["get_channel_200"] = typeof(ChatChannelDetails),
        ["get_channel_messages_200"] = typeof(IReadOnlyList<ChatMessage>),
        ["create_chat_channel_200"] = typeof(ChatChannel),
        ["join_channel_200"] = typeof(ChatChannel),
        ["send_message_200"] = typeof(ChatMessage),
        ["send_private_message_200"] = typeof(PrivateMessageResult),
        ["get_forum_topic_200"] = typeof(ForumTopicPage),
        ["create_forum_topic_200"] = typeof(CreatedForumTopic),
        ["reply_forum_topic_200"] = typeof(ForumPost),
        ["edit_forum_topic_title_200"] = typeof(ForumTopic),
        ["edit_forum_post_200"] = typeof(ForumPost),
        ["get_matches_200"] = typeof(MultiplayerMatchesPage),
        ["get_multiplayer_matches_200"] = typeof(MultiplayerMatchesPage),
        ["get_multiplayer_match_200"] = typeof(MultiplayerMatchDetails),
        ["get_multiplayer_room_200"] = typeof(Room),
        ["get_multiplayer_leaderboard_200"] = typeof(RoomLeaderboard),
        ["get_multiplayer_scores_200"] = typeof(PlaylistScoresPage),
    };

    public static TheoryData<string> Successes() => [.. Models.Keys.Order(StringComparer.Ordinal)];

    [RecordingsFact]
    public void Every_recorded_success_is_checked()
    {
        var successes = Recordings.Names().Where(name => !name.EndsWith("_404", StringComparison.Ordinal)).ToList();
        var notChecked = successes.Where(name => !Models.ContainsKey(name)).ToList();

        Assert.Empty(notChecked);
        Assert.Empty(Models.Keys.Except(successes));
    }

    [RecordingsTheory]
    [MemberData(nameof(Successes))]
    public void A_recorded_response_survives_reading_and_writing_without_loss(string recording)
    {
        ModelRoundTrip.AssertLossless(recording, Recordings.Read(recording), Models[recording]);
    }

    [RecordingsTheory]
    [MemberData(nameof(Successes))]
    public void A_recorded_response_with_unknown_members_at_every_level_and_emptied_strings_survives(string recording)
    {
        WireRoundTrip.AssertLosslessUnderMutation(recording, Recordings.Read(recording), OsuJson.Options.GetTypeInfo(Models[recording]), seeds: [1, 2]);
    }
}
