using Guildhall.Core.Errors;
using Guildhall.Osu.Queries;
using Guildhall.Osu.Tests.Sandbox;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Osu.Tests.Community;

/// <summary>The forums through the whole pipeline against the sandbox: paging a topic, new topics with polls, replies, edits.</summary>
public sealed class ForumSandboxTests(OsuSandbox sandbox) : IClassFixture<OsuSandbox>
{
    private const long Topic = OsuSandboxCommunitySeed.ForumTopicId;
    private const long Forum = OsuSandboxCommunitySeed.ForumId;

    private readonly ChatSessions _sessions = new(sandbox);

    [Fact]
    public async Task A_topics_posts_page_by_cursor_to_the_end_in_either_order()
    {
        var osu = sandbox.Storage().AppClient;

        var oldestFirst = await osu.Forum.ListPostsAsync(Topic, pageSize: 7).ToListAsync();
        var newestFirst = await osu.Forum.ListPostsAsync(Topic, ForumPostSort.NewestFirst, pageSize: 50).ToListAsync();
        var first = await osu.Forum.GetTopicPageAsync(Topic, pageSize: 7);
        var second = await osu.Forum.GetTopicPageAsync(Topic, first.CursorString, pageSize: 7);

        Assert.Equal(first.Topic!.PostCount, oldestFirst.Count);
        Assert.True(oldestFirst.Count > 7 * 2);
        Assert.Equal(oldestFirst.Select(p => p.Id).Order(), oldestFirst.Select(p => p.Id));
        Assert.Equal(oldestFirst.Select(p => p.Id).Reverse(), newestFirst.Select(p => p.Id));
        Assert.Equal(first.Topic.FirstPostId, oldestFirst[0].Id);
        Assert.Equal(oldestFirst.Skip(7).Take(7).Select(p => p.Id), second.Posts.Select(p => p.Id));
        Assert.Equal(7, first.Search!.Limit);
        Assert.All(oldestFirst, p => Assert.StartsWith("<div class='bbcode'>", p.Body!.Html, StringComparison.Ordinal));
        await Assert.ThrowsAsync<ApiNotFoundException>(() => osu.Forum.GetTopicPageAsync(999_999));
        await Assert.ThrowsAsync<ArgumentException>(() => osu.Forum.GetTopicPageAsync(Topic, ""));
    }

    [Fact]
    public async Task A_new_topic_with_a_poll_a_reply_and_edits_round_trip()
    {
        var user = await _sessions.UserAsync();
        var staff = await _sessions.StaffAsync();
        var poll = new NewForumPoll { Title = "Which day?", Options = ["Saturday", "Sunday", "Either"], MaxOptions = 2, LengthDays = 7, AllowVoteChange = true };

        var created = await user.Forum.CreateTopicAsync(Forum, "Sandbox cup: scheduling", "Vote below.", poll);
        var reply = await staff.Forum.ReplyAsync(created.Topic!.Id, "Sunday works for me.");
        var renamed = await user.Forum.EditTopicTitleAsync(created.Topic.Id, "Sandbox cup: scheduling (closed)");
        var edited = await staff.Forum.EditPostAsync(reply.Id, "Sunday works for me. [b]Confirmed.[/b]");
        var read = await user.Forum.ListPostsAsync(created.Topic.Id).ToListAsync();

        Assert.Equal(["Saturday", "Sunday", "Either"], created.Topic.Poll!.Options.Select(o => o.Text!.Bbcode));
        Assert.Equal(2, created.Topic.Poll.MaxVotes);
        Assert.True(created.Topic.Poll.AllowVoteChange);
        Assert.NotNull(created.Topic.Poll.EndedAt);
        Assert.Equal(created.Post!.Id, created.Topic.FirstPostId);
        Assert.Equal(OsuSandboxSeed.StaffUserId, reply.UserId);
        Assert.Equal("Sandbox cup: scheduling (closed)", renamed.Title);
        Assert.Equal(OsuSandboxSeed.StaffUserId, edited.EditedById);
        Assert.NotNull(edited.EditedAt);
        Assert.Equal([created.Post.Id, reply.Id], read.Select(p => p.Id));
        Assert.Contains("<strong>Confirmed.</strong>", read[1].Body!.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_that_the_server_refuses_arrive_as_typed_errors()
    {
        var user = await _sessions.UserAsync();
        var staff = await _sessions.StaffAsync();
        var guest = sandbox.Storage().AppClient;

        await Assert.ThrowsAsync<ApiForbiddenException>(() => user.Forum.ReplyAsync(OsuSandboxCommunitySeed.LockedForumTopicId, "let me in"));
        await Assert.ThrowsAsync<ApiForbiddenException>(() => staff.Forum.EditTopicTitleAsync(Topic, "not mine"));
        await Assert.ThrowsAsync<ApiNotFoundException>(() => user.Forum.CreateTopicAsync(1, "Wrong forum", "body"));
        var guestError = await Assert.ThrowsAsync<ApiForbiddenException>(() => guest.Forum.ReplyAsync(Topic, "hello"));
        Assert.Null(guestError.StatusCode);
    }

    [Fact]
    public async Task A_poll_the_server_would_refuse_is_refused_before_sending()
    {
        var user = await _sessions.UserAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => user.Forum.CreateTopicAsync(Forum, "t", "b", new NewForumPoll { Title = "q", Options = ["only one"] }));
        await Assert.ThrowsAsync<ArgumentException>(() => user.Forum.CreateTopicAsync(Forum, "t", "b", new NewForumPoll { Title = "q", Options = ["a\nb", "c"] }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => user.Forum.CreateTopicAsync(Forum, "t", "b", new NewForumPoll { Title = "q", Options = ["a", "b"], MaxOptions = 3 }));
        await Assert.ThrowsAsync<ArgumentException>(() => user.Forum.CreateTopicAsync(Forum, " ", "b"));
    }
}
