using System.Net.Http.Json;
using Guildhall.Core;
using Guildhall.Osu.Chat;
using Guildhall.Osu.Models;
using Guildhall.Osu.Tests.Sandbox;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Osu.Tests.Community;

/// <summary>
/// The channel message stream against the sandbox while the sandbox drops connections and fails requests: every
/// message arrives once, in order, and a resumed stream starts after the last message handled.
/// </summary>
public sealed class ChatWatchTests(OsuSandbox sandbox) : IClassFixture<OsuSandbox>, IAsyncLifetime
{
    private const long Channel = OsuSandboxCommunitySeed.OsuChannelId;
    private static readonly ChatWatchOptions Fast = new() { PollInterval = TimeSpan.FromMilliseconds(20), RetryDelay = TimeSpan.FromMilliseconds(20) };

    private readonly ChatSessions _sessions = new(sandbox);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        using var cleared = await sandbox.Http.DeleteAsync(new Uri(sandbox.Host.BaseAddress, "_sandbox/faults"));
    }

    [Fact]
    public async Task The_stream_yields_the_backlog_and_new_messages_once_each_across_dropped_connections()
    {
        var reader = await UserWithoutRetriesAsync();
        var staff = await _sessions.StaffAsync();
        var first = (await reader.Chat.GetMessagesPageAsync(Channel, sinceMessageId: 0, limit: 1)).Single();
        var backlog = await AllAfterAsync(reader, first.MessageId);
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var received = new List<ChatMessage>();
        var posted = new List<long>();

        await ReadFaultAsync("abort", times: 2);
        await ReadFaultAsync("status", times: 1);
        await foreach (var message in reader.Chat.WatchMessagesAsync(Channel, Fast with { AfterMessageId = first.MessageId }, guard.Token))
        {
            received.Add(message);
            if (received.Count == backlog.Count)
            {
                // The backlog is through: new messages arrive while the connection keeps failing.
                await ReadFaultAsync("abort", times: 1);
                for (var i = 0; i < 3; i++)
                {
                    posted.Add((await staff.Chat.SendMessageAsync(Channel, $"late message {i}")).MessageId);
                }

                await ReadFaultAsync("truncated", times: 1);
            }

            if (received.Count == backlog.Count + 3)
            {
                break;
            }
        }

        Assert.Equal(backlog.Concat(posted), received.Select(m => m.MessageId));
        Assert.Equal(received.Count, received.Select(m => m.MessageId).Distinct().Count());
        Assert.True(backlog.Count > OsuChatClient.MaxMessagesPerRequest, "the backlog spans more than one request");
    }

    [Fact]
    public async Task A_resumed_stream_starts_after_the_last_message_handled_and_a_fresh_one_at_the_newest()
    {
        var reader = await UserWithoutRetriesAsync();
        var staff = await _sessions.StaffAsync();
        var handled = (await staff.Chat.SendMessageAsync(Channel, "handled before the restart")).MessageId;
        var missed = (await staff.Chat.SendMessageAsync(Channel, "sent while the bot was down")).MessageId;
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        var resumed = await FirstAsync(reader.Chat.WatchMessagesAsync(Channel, Fast with { AfterMessageId = handled }, guard.Token));
        var fresh = reader.Chat.WatchMessagesAsync(Channel, Fast, guard.Token).GetAsyncEnumerator(guard.Token);
        var next = fresh.MoveNextAsync().AsTask();
        // The fresh stream starts at whatever is newest when it first asks, so keep talking until it yields.
        var later = new List<long>();
        for (var i = 0; i < 200 && !next.IsCompleted; i++)
        {
            later.Add((await staff.Chat.SendMessageAsync(Channel, $"after the fresh start {i}")).MessageId);
            await Task.WhenAny(next, Task.Delay(TimeSpan.FromMilliseconds(50), guard.Token));
        }

        Assert.True(await next);
        var freshFirst = fresh.Current.MessageId;
        await fresh.DisposeAsync();

        Assert.Equal(missed, resumed.MessageId);
        Assert.Contains(freshFirst, later);
    }

    [Fact]
    public async Task An_error_retrying_cannot_fix_ends_the_stream()
    {
        var reader = await UserWithoutRetriesAsync();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        await Assert.ThrowsAsync<Core.Errors.ApiNotFoundException>(() => FirstAsync(reader.Chat.WatchMessagesAsync(OsuSandboxCommunitySeed.LobbyChannelId, Fast, guard.Token)));
    }

    private static async Task<ChatMessage> FirstAsync(IAsyncEnumerable<ChatMessage> stream)
    {
        await foreach (var message in stream)
        {
            return message;
        }

        throw new InvalidOperationException("The stream ended.");
    }

    private static async Task<List<long>> AllAfterAsync(OsuClient client, long after) =>
        await client.Chat.ListMessagesAsync(Channel, sinceMessageId: after).Select(m => m.MessageId).ToListAsync();

    // The pipeline's own retries are off, so every fault reaches the stream's reconnect logic.
    private async Task<OsuClient> UserWithoutRetriesAsync()
    {
        var options = sandbox.Options();
        options.Retry = new RetryOptions { MaxRetries = 0 };
        return await sandbox.AuthorizeAsync(sandbox.Storage(options), ChatSessions.UserChatScopes);
    }

    // Only the reads fail: the other user's sends go through.
    private async Task ReadFaultAsync(string kind, int times)
    {
        var fault = new { path = $"/osu/api/v2/chat/channels/{Channel}/messages", kind, times, method = "GET" };
        using var response = await sandbox.Http.PostAsJsonAsync(new Uri(sandbox.Host.BaseAddress, "_sandbox/faults"), fault);
        response.EnsureSuccessStatusCode();
    }
}
