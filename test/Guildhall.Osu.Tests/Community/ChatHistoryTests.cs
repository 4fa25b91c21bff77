using Guildhall.Osu.Tests.Sandbox;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Osu.Tests.Community;

/// <summary>A channel's history as a pageable over the server's <c>since</c>/<c>until</c>, against the sandbox's seeded <c>#osu</c>.</summary>
public sealed class ChatHistoryTests(OsuSandbox sandbox) : IClassFixture<OsuSandbox>
{
    private const long Channel = OsuSandboxCommunitySeed.OsuChannelId;

    private readonly ChatSessions _sessions = new(sandbox);

    [Fact]
    public async Task The_history_pages_from_the_first_message_to_the_newest_in_order_without_repeats()
    {
        var reader = await _sessions.UserAsync();

        var pages = await reader.Chat.ListMessagesAsync(Channel, pageSize: 10).AsPages().ToListAsync();
        var ids = pages.SelectMany(page => page.Items).Select(m => m.MessageId).ToList();
        var newest = (await reader.Chat.GetMessagesPageAsync(Channel, limit: 1)).Single();
        var oldest = (await reader.Chat.GetMessagesPageAsync(Channel, sinceMessageId: 0, limit: 1)).Single();

        Assert.True(pages.Count > 2, $"{ids.Count} messages came in {pages.Count} pages; the walk proves nothing.");
        Assert.All(pages.SkipLast(1), page => Assert.Equal(10, page.Items.Count));
        Assert.Null(pages[^1].ContinuationToken);
        Assert.Equal(oldest.MessageId, ids[0]);
        Assert.Equal(newest.MessageId, ids[^1]);
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Since_and_until_bound_the_history_and_a_token_resumes_where_a_reader_stopped()
    {
        var reader = await _sessions.UserAsync();
        var all = await reader.Chat.ListMessagesAsync(Channel).Select(m => m.MessageId).ToListAsync();

        var between = await reader.Chat.ListMessagesAsync(Channel, sinceMessageId: all[2], untilMessageId: all[30], pageSize: 7)
            .Select(m => m.MessageId).ToListAsync();
        var firstPage = await reader.Chat.ListMessagesAsync(Channel, pageSize: 5).AsPages().FirstAsync();
        var resumed = await reader.Chat.ListMessagesAsync(Channel, pageSize: 5).AsPages(firstPage.ContinuationToken)
            .SelectMany(page => page.Items.ToAsyncEnumerable()).Select(m => m.MessageId).ToListAsync();

        Assert.Equal(all[3..30], between);
        Assert.Equal(all, firstPage.Items.Select(m => m.MessageId).Concat(resumed));
        var error = await Assert.ThrowsAsync<ArgumentException>(async () => await reader.Chat.ListMessagesAsync(Channel).AsPages("not-an-id").FirstAsync());
        Assert.Equal("continuationToken", error.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => reader.Chat.ListMessagesAsync(Channel, pageSize: OsuChatClient.MaxMessagesPerRequest + 1));
    }
}
