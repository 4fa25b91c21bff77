using Guildhall.Core;
using Guildhall.Core.Paging;
using Guildhall.Osu.Authentication;
using Guildhall.Osu.Chat;
using Guildhall.Osu.Internal;
using Guildhall.Osu.Json;
using Guildhall.Osu.Json.Envelopes;
using Guildhall.Osu.Models;

namespace Guildhall.Osu;

/// <summary>
/// Chat: channels, membership, messages and private messages. Reached through <see cref="OsuClient.Chat"/>. Every call
/// needs a resource owner: a user token (authorization code) with the scope named on the call, or, for a bot account,
/// a client-credentials token with <c>delegate</c> (which may carry <c>chat.write</c> and <c>chat.write_manage</c>, never
/// <c>chat.read</c>: a bot reads with a user token of its own account on its own application).
/// </summary>
public class OsuChatClient : ApiSubClient
{
    /// <summary>The most messages <c>GET /chat/channels/{channel}/messages</c> returns per request.</summary>
    public const int MaxMessagesPerRequest = 50;

    internal OsuChatClient(OsuConnection? connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected OsuChatClient()
    {
    }

    private OsuConnection Connection => GetConnection<OsuConnection>();

    /// <summary>
    /// Tells the API the user is still chatting and reads silences (<c>POST /chat/ack</c>; scope <c>chat.read</c>). osu!
    /// answers the silences after <paramref name="historySince"/> when it is given (it takes precedence); otherwise those
    /// issued after the message <paramref name="sinceMessageId"/> was sent, and none when neither is given.
    /// </summary>
    /// <param name="historySince">Only silences after this silence id (the newest one already seen).</param>
    /// <param name="sinceMessageId">Without <paramref name="historySince"/>: only silences issued after this message (the newest one already read).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<ChatAck> AckAsync(long? historySince = null, long? sinceMessageId = null, CancellationToken cancellationToken = default)
    {
        const string Operation = "osu.chat.ack";
        await Connection.EnsureScopeAsync(OsuScopes.ChatRead, Operation, cancellationToken).ConfigureAwait(false);
        return await Connection.SendJsonAsync<ChatAckBody, ChatAck>(HttpMethod.Post, "chat/ack", Operation, new ChatAckBody(historySince, sinceMessageId), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Chat updates (<c>GET /chat/updates</c>). The API serves this route to first-party clients only (tokens with the
    /// <c>*</c> scope, which third-party applications cannot obtain), so with an osu! token that lacks it the call is not
    /// sent and fails with <see cref="Core.Errors.ApiForbiddenException"/> (error code <c>missing_scope</c>); with a
    /// credential of your own the API's 403 (<c>Invalid scope(s) provided.</c>) arrives as the same exception. Third-party
    /// clients use <see cref="AckAsync"/>, <see cref="GetChannelsAsync"/> and <see cref="WatchMessagesAsync"/> instead.
    /// </summary>
    /// <param name="since">The message id to report changes after.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Core.Errors.ApiForbiddenException">The token is not a first-party one (always, for third-party applications).</exception>
    public virtual async Task<ChatUpdates> GetUpdatesAsync(long since, CancellationToken cancellationToken = default)
    {
        const string Operation = "osu.chat.updates";
        await Connection.EnsureScopeAsync(OsuScopes.FirstParty, Operation, cancellationToken).ConfigureAwait(false);
        var path = new QueryBuilder("chat/updates").Add("since", since).ToString();
        return await Connection.GetAsync<ChatUpdates>(path, Operation, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The public channels the user may join (<c>GET /chat/channels</c>; scope <c>chat.read</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<IReadOnlyList<ChatChannel>> GetChannelsAsync(CancellationToken cancellationToken = default)
    {
        const string Operation = "osu.chat.channels";
        await Connection.EnsureScopeAsync(OsuScopes.ChatRead, Operation, cancellationToken).ConfigureAwait(false);
        return await Connection.GetAsync<IReadOnlyList<ChatChannel>>("chat/channels", Operation, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A channel the user is in, with its members for a PM (<c>GET /chat/channels/{channel}</c>; scope <c>chat.read</c>).</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Core.Errors.ApiNotFoundException">No such channel, or the user is not in it.</exception>
    public virtual async Task<ChatChannelDetails> GetChannelAsync(long channelId, CancellationToken cancellationToken = default)
    {
        const string Operation = "osu.chat.channel";
        await Connection.EnsureScopeAsync(OsuScopes.ChatRead, Operation, cancellationToken).ConfigureAwait(false);
        return await Connection.GetAsync<ChatChannelDetails>("chat/channels/" + OsuPaths.Id(channelId), Operation, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One page of a channel's messages, oldest first (<c>GET /chat/channels/{channel}/messages</c>; scope
    /// <c>chat.read</c>): with <paramref name="sinceMessageId"/>, the first ones after it; without, the newest ones
    /// (before <paramref name="untilMessageId"/> when given). osu! reads <c>until</c> only when <c>since</c> is absent:
    /// with both, it answers the first messages after <paramref name="sinceMessageId"/> whatever their id, and this call
    /// passes them on as they came. <see cref="ListMessagesAsync"/> reads a range with both bounds enforced.
    /// </summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="sinceMessageId">Only messages after this id.</param>
    /// <param name="untilMessageId">Only messages before this id; ignored by osu! when <paramref name="sinceMessageId"/> is given.</param>
    /// <param name="limit">At most this many (1 to <see cref="MaxMessagesPerRequest"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Core.Errors.ApiNotFoundException">No such channel, or the user is not in it.</exception>
    public virtual async Task<IReadOnlyList<ChatMessage>> GetMessagesPageAsync(
        long channelId, long? sinceMessageId = null, long? untilMessageId = null, int limit = MaxMessagesPerRequest, CancellationToken cancellationToken = default)
    {
        OsuArguments.CheckRange(limit, 1, MaxMessagesPerRequest);
        const string Operation = "osu.chat.messages";
        await Connection.EnsureScopeAsync(OsuScopes.ChatRead, Operation, cancellationToken).ConfigureAwait(false);
        var path = new QueryBuilder($"chat/channels/{OsuPaths.Id(channelId)}/messages").Add("limit", limit).Add("since", sinceMessageId).Add("until", untilMessageId);
        return await Connection.GetAsync<IReadOnlyList<ChatMessage>>(path.ToString(), Operation, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A channel's history, oldest first, page after page (<c>GET /chat/channels/{channel}/messages</c> with
    /// <c>since</c> the last message read; scope <c>chat.read</c>): every message after
    /// <paramref name="sinceMessageId"/> (from the channel's first when <see langword="null"/>) and before
    /// <paramref name="untilMessageId"/> (to its newest when <see langword="null"/>). osu! ignores <c>until</c> on a request
    /// that has <c>since</c>, so the pages keep only the messages before <paramref name="untilMessageId"/> and the listing
    /// ends at the first message at or past it. The continuation token is the last message id read, so a reader that
    /// stops can resume where it stopped. For messages still to come, use <see cref="WatchMessagesAsync"/>.
    /// </summary>
    /// <param name="channelId">The channel (the user must be in it).</param>
    /// <param name="sinceMessageId">Only messages after this id.</param>
    /// <param name="untilMessageId">Only messages before this id.</param>
    /// <param name="pageSize">Messages per request (1 to <see cref="MaxMessagesPerRequest"/>).</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    public virtual AsyncPageable<ChatMessage> ListMessagesAsync(
        long channelId, long? sinceMessageId = null, long? untilMessageId = null, int pageSize = MaxMessagesPerRequest, CancellationToken cancellationToken = default)
    {
        OsuArguments.CheckRange(pageSize, 1, MaxMessagesPerRequest);
        return AsyncPageable.Create<ChatMessage>(
            async (continuationToken, token) =>
            {
                var since = continuationToken is null ? sinceMessageId ?? 0 : OsuIdToken.Parse(continuationToken, "a message id");
                var messages = await GetMessagesPageAsync(channelId, since, untilMessageId: null, pageSize, token).ConfigureAwait(false);

                // The API answers the first messages after 'since' (and would ignore 'until'); a page shorter than asked
                // for is the last, and so is one that reaches the upper bound.
                IReadOnlyList<ChatMessage> inRange = untilMessageId is { } until ? [.. messages.Where(m => m.MessageId < until)] : messages;
                var last = messages.Count < pageSize || inRange.Count < messages.Count;
                return new Page<ChatMessage>(inRange, last ? null : OsuIdToken.Write(messages.Max(m => m.MessageId)));
            },
            cancellationToken);
    }

    /// <summary>
    /// The channel's new messages as they arrive, each once and in order, for as long as the caller reads (a chat bot's
    /// loop). It polls <see cref="GetMessagesPageAsync"/> after the last message it yielded, so a dropped connection, a server
    /// error or a throttled request costs a retry after <see cref="ChatWatchOptions.RetryDelay"/>, never a message or a
    /// repeat. To resume after a restart, pass the last id handled as <see cref="ChatWatchOptions.AfterMessageId"/>.
    /// </summary>
    /// <param name="channelId">The channel (the user must be in it).</param>
    /// <param name="options">Where to start and how often to poll; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Ends the stream.</param>
    /// <exception cref="Core.Errors.GuildhallApiException">An error retrying cannot fix (no such channel, a missing scope, a revoked token).</exception>
    public virtual IAsyncEnumerable<ChatMessage> WatchMessagesAsync(long channelId, ChatWatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ChatWatchOptions();
        options.Validate();
        return new ChatMessageWatcher(this, Connection.TimeProvider, Connection.CreateLogger(typeof(OsuChatClient).FullName!), channelId, options).ReadAsync(cancellationToken);
    }

    /// <summary>Opens (or finds) the PM channel with a user (<c>POST /chat/channels</c>, type <c>PM</c>; scope <c>chat.write_manage</c>).</summary>
    /// <param name="targetUserId">The other user.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<ChatChannel> CreatePrivateChannelAsync(long targetUserId, CancellationToken cancellationToken = default) =>
        CreateChannelAsync(new ChatChannelBody { Type = "PM", TargetId = targetUserId }, cancellationToken);

    /// <summary>
    /// Creates an announcement channel to a list of users with its first message (<c>POST /chat/channels</c>, type
    /// <c>ANNOUNCE</c>; scope <c>chat.write_manage</c>; the API allows it to accounts with the announce permission).
    /// </summary>
    /// <param name="name">The channel's name.</param>
    /// <param name="description">The channel's description.</param>
    /// <param name="targetUserIds">The users it goes to.</param>
    /// <param name="message">The first message.</param>
    /// <param name="uuid">An id of the client's choosing that osu! stores on the channel and sends back as <see cref="ChatChannel.Uuid"/>, so the caller can tell its own channel apart; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<ChatChannel> CreateAnnouncementChannelAsync(
        string name, string description, IEnumerable<long> targetUserIds, string message, string? uuid = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(targetUserIds);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        var targets = targetUserIds.Distinct().ToList();
        if (targets.Count == 0)
        {
            throw new ArgumentException("An announcement needs at least one user.", nameof(targetUserIds));
        }

        return CreateChannelAsync(
            new ChatChannelBody { Type = "ANNOUNCE", TargetIds = targets, Channel = new ChatChannelNameBody(name, description), Message = message, Uuid = uuid },
            cancellationToken);
    }

    /// <summary>Joins a public channel (<c>PUT /chat/channels/{channel}/users/{user}</c>; scope <c>chat.write_manage</c>).</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="userId">The token's owner (the API refuses anyone else with 403); for a <c>delegate</c> token, the bot account.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<ChatChannel> JoinChannelAsync(long channelId, long userId, CancellationToken cancellationToken = default)
    {
        const string Operation = "osu.chat.join";
        await Connection.EnsureScopeAsync(OsuScopes.ChatWriteManage, Operation, cancellationToken).ConfigureAwait(false);
        var request = Connection.Create(HttpMethod.Put, $"chat/channels/{OsuPaths.Id(channelId)}/users/{OsuPaths.Id(userId)}", Operation, safeToRetry: true);
        return await Connection.SendJsonAsync(request, OsuJson.TypeInfo<ChatChannel>(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Leaves a channel (<c>DELETE /chat/channels/{channel}/users/{user}</c>; scope <c>chat.write_manage</c>).</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="userId">The token's owner; for a <c>delegate</c> token, the bot account.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task LeaveChannelAsync(long channelId, long userId, CancellationToken cancellationToken = default)
    {
        const string Operation = "osu.chat.leave";
        await Connection.EnsureScopeAsync(OsuScopes.ChatWriteManage, Operation, cancellationToken).ConfigureAwait(false);
        await Connection.SendAsync(Connection.Create(HttpMethod.Delete, $"chat/channels/{OsuPaths.Id(channelId)}/users/{OsuPaths.Id(userId)}", Operation, safeToRetry: true), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Marks a channel read up to a message (<c>PUT /chat/channels/{channel}/mark-as-read/{message}</c>; scope <c>chat.read</c>).</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="messageId">The newest message read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task MarkAsReadAsync(long channelId, long messageId, CancellationToken cancellationToken = default)
    {
        const string Operation = "osu.chat.mark_read";
        await Connection.EnsureScopeAsync(OsuScopes.ChatRead, Operation, cancellationToken).ConfigureAwait(false);
        await Connection.SendAsync(Connection.Create(HttpMethod.Put, $"chat/channels/{OsuPaths.Id(channelId)}/mark-as-read/{OsuPaths.Id(messageId)}", Operation, safeToRetry: true), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a message to a channel the user is in (<c>POST /chat/channels/{channel}/messages</c>; scope <c>chat.write</c>).</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="message">The text.</param>
    /// <param name="isAction">Whether it is an action (<c>/me</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<ChatMessage> SendMessageAsync(long channelId, string message, bool isAction = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        const string Operation = "osu.chat.send";
        await Connection.EnsureScopeAsync(OsuScopes.ChatWrite, Operation, cancellationToken).ConfigureAwait(false);
        return await Connection.SendJsonAsync<ChatMessageBody, ChatMessage>(HttpMethod.Post, $"chat/channels/{OsuPaths.Id(channelId)}/messages", Operation, new ChatMessageBody(message, isAction), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a private message, opening the PM channel if needed (<c>POST /chat/new</c>; scope <c>chat.write</c>).</summary>
    /// <param name="targetUserId">The recipient.</param>
    /// <param name="message">The text.</param>
    /// <param name="isAction">Whether it is an action (<c>/me</c>).</param>
    /// <param name="uuid">An id of the client's choosing that makes a repeated request harmless; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<PrivateMessageResult> SendPrivateMessageAsync(
        long targetUserId, string message, bool isAction = false, string? uuid = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        const string Operation = "osu.chat.send_private";
        await Connection.EnsureScopeAsync(OsuScopes.ChatWrite, Operation, cancellationToken).ConfigureAwait(false);
        return await Connection.SendJsonAsync<PrivateMessageBody, PrivateMessageResult>(HttpMethod.Post, "chat/new", Operation, new PrivateMessageBody(targetUserId, message, isAction, uuid), cancellationToken).ConfigureAwait(false);
    }

    private async Task<ChatChannel> CreateChannelAsync(ChatChannelBody body, CancellationToken cancellationToken)
    {
        const string Operation = "osu.chat.create_channel";
        await Connection.EnsureScopeAsync(OsuScopes.ChatWriteManage, Operation, cancellationToken).ConfigureAwait(false);
        return await Connection.SendJsonAsync<ChatChannelBody, ChatChannel>(HttpMethod.Post, "chat/channels", Operation, body, cancellationToken).ConfigureAwait(false);
    }
}
