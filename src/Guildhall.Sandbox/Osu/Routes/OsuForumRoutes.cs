using Guildhall.Sandbox.Osu.State;
using Guildhall.Sandbox.Osu.Wire;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>
/// <c>/forums/...</c>: a topic with a page of its posts (any token; <c>sort</c> id_asc or id_desc, <c>limit</c> 1–50,
/// default 20, cursor <c>{"id": post}</c>), and the writes, which need <c>forum.write</c> and a resource owner: new topics
/// (a poll only in the server's field format: <c>forum_topic_poll[options]</c> as newline-separated text and
/// <c>max_options</c>), replies (not to locked topics), and title and post edits by their author.
/// </summary>
internal static class OsuForumRoutes
{
    private const string Write = "forum.write";

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/forums/topics/{topic}", Show).Requires(OsuScopes.Public);
        api.MapPost("/forums/topics", CreateAsync).Requires(Write, user: true);
        api.MapPost("/forums/topics/{topic}/reply", ReplyAsync).Requires(Write, user: true);
        api.MapPut("/forums/topics/{topic}", EditTitleAsync).Requires(Write, user: true);
        api.MapPut("/forums/posts/{post}", EditPostAsync).Requires(Write, user: true);
    }

    private static IResult Show(HttpContext context, OsuWorld world, OsuCommunity community, string topic)
    {
        var request = context.Request;
        var descending = OsuQuery.String(request, "sort") == "id_desc";
        var limit = Math.Clamp(OsuQuery.Int(request, "limit") ?? 20, 1, 50);
        var after = OsuCursorValue.Long(OsuCursor.FromRequest(request)?["id"]);
        lock (world.Sync)
        {
            if (FindTopic(community, topic) is not { } found)
            {
                return TopicNotFound();
            }

            var ordered = descending ? found.Posts.OrderByDescending(p => p.Id) : found.Posts.OrderBy(p => p.Id);
            var rest = after is { } last ? ordered.Where(p => descending ? p.Id < last : p.Id > last).ToList() : ordered.ToList();
            var page = rest.Take(limit).ToList();
            var body = new JsonObject
            {
                ["posts"] = new JsonArray([.. page.Select(p => (JsonNode)OsuForumPresenter.Post(p))]),
                ["search"] = new JsonObject { ["limit"] = limit, ["sort"] = descending ? "id_desc" : "id_asc" },
                ["topic"] = OsuForumPresenter.Topic(found),
            };
            OsuCursor.AddTo(body, rest.Count > page.Count ? new JsonObject { ["id"] = page[^1].Id } : null);
            return OsuResponses.Json(body);
        }
    }

    private static async Task<IResult> CreateAsync(HttpContext context, OsuWorld world, OsuCommunity community)
    {
        var me = OsuCaller.From(context).User!;
        var input = await OsuRequestInput.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        var title = input?["title"]?.ToString();
        var text = input?["body"]?.ToString();
        if (input is null || string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(text))
        {
            return OsuResponses.Invalid("A topic needs a title and a body.");
        }

        var now = OsuClock.Now(context);
        JsonObject? poll = null;
        if (input["with_poll"] is { } withPoll && OsuQuery.ParseBool(withPoll.ToString()) == true)
        {
            var (built, error) = ReadPoll(input, now);
            if (error is not null)
            {
                return OsuResponses.Invalid(error);
            }

            poll = built;
        }

        lock (world.Sync)
        {
            var forum = community.Forum;
            if (!long.TryParse(input["forum_id"]?.ToString(), out var forumId) || !forum.Forums.Contains(forumId))
            {
                return OsuResponses.ModelNotFound("Forum\\Forum");
            }

            var topic = forum.AddTopic(forumId, me.Id, title.Trim(), now, poll);
            var post = forum.Reply(topic, me.Id, text, now);
            return OsuResponses.Json(new JsonObject { ["topic"] = OsuForumPresenter.Topic(topic), ["post"] = OsuForumPresenter.Post(post) });
        }
    }

    private static async Task<IResult> ReplyAsync(HttpContext context, OsuWorld world, OsuCommunity community, string topic)
    {
        var me = OsuCaller.From(context).User!;
        var text = await BodyTextAsync(context).ConfigureAwait(false);
        if (text is null)
        {
            return OsuResponses.Invalid("The post is empty.");
        }

        lock (world.Sync)
        {
            if (FindTopic(community, topic) is not { } found)
            {
                return TopicNotFound();
            }

            if (found.IsLocked)
            {
                return OsuResponses.Error(StatusCodes.Status403Forbidden, "Can't reply to a locked topic.");
            }

            return OsuResponses.Json(OsuForumPresenter.Post(community.Forum.Reply(found, me.Id, text, OsuClock.Now(context))));
        }
    }

    private static async Task<IResult> EditTitleAsync(HttpContext context, OsuWorld world, OsuCommunity community, string topic)
    {
        var me = OsuCaller.From(context).User!;
        var input = await OsuRequestInput.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        var title = (input?["forum_topic"]?["topic_title"] ?? input?["forum_topic[topic_title]"])?.ToString();
        if (string.IsNullOrWhiteSpace(title))
        {
            return OsuResponses.Invalid("The title is empty.");
        }

        lock (world.Sync)
        {
            if (FindTopic(community, topic) is not { } found)
            {
                return TopicNotFound();
            }

            if (found.UserId != me.Id)
            {
                return OsuResponses.Error(StatusCodes.Status403Forbidden, null);
            }

            found.Title = title.Trim();
            found.UpdatedAt = OsuClock.Now(context);
            return OsuResponses.Json(OsuForumPresenter.Topic(found));
        }
    }

    private static async Task<IResult> EditPostAsync(HttpContext context, OsuWorld world, OsuCommunity community, string post)
    {
        var me = OsuCaller.From(context).User!;
        var text = await BodyTextAsync(context).ConfigureAwait(false);
        if (text is null)
        {
            return OsuResponses.Invalid("The post is empty.");
        }

        lock (world.Sync)
        {
            if (!long.TryParse(post, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || !community.Forum.Posts.TryGetValue(id, out var found))
            {
                return OsuResponses.ModelNotFound("Forum\\Post");
            }

            if (found.UserId != me.Id)
            {
                return OsuResponses.Error(StatusCodes.Status403Forbidden, null);
            }

            found.Raw = text;
            found.EditedAt = OsuClock.Now(context);
            found.EditedById = me.Id;
            return OsuResponses.Json(OsuForumPresenter.Post(found));
        }
    }

    // The poll as osu-web reads it: forum_topic_poll[...] (nested JSON or bracketed form keys); 'options' is one newline-separated string.
    private static (JsonObject? Poll, string? Error) ReadPoll(JsonObject input, DateTimeOffset now)
    {
        JsonNode? Field(string name) => input["forum_topic_poll"]?[name] ?? input[$"forum_topic_poll[{name}]"];
        var title = Field("title")?.ToString();
        var options = (Field("options")?.ToString() ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (string.IsNullOrWhiteSpace(title))
        {
            return (null, "The poll needs a title.");
        }

        if (options.Length < 2)
        {
            return (null, "The poll needs at least two options (forum_topic_poll[options], one per line).");
        }

        var maxOptions = int.TryParse(Field("max_options")?.ToString(), out var max) ? max : 1;
        if (maxOptions < 1 || maxOptions > options.Length)
        {
            return (null, "max_options must be between 1 and the number of options.");
        }

        var lengthDays = int.TryParse(Field("length_days")?.ToString(), out var days) ? days : (int?)null;
        return (OsuForumPresenter.Poll(title.Trim(), options, maxOptions, IsTrue(Field("vote_change")), IsTrue(Field("hide_results")), now, lengthDays), null);
    }

    private static bool IsTrue(JsonNode? node) => node is not null && OsuQuery.ParseBool(node.ToString()) == true;

    private static async Task<string?> BodyTextAsync(HttpContext context)
    {
        var input = await OsuRequestInput.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        return input?["body"]?.ToString() is { } text && !string.IsNullOrWhiteSpace(text) ? text : null;
    }

    private static OsuForumTopic? FindTopic(OsuCommunity community, string topic) =>
        long.TryParse(topic, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? community.Forum.Topics.GetValueOrDefault(id) : null;

    private static IResult TopicNotFound() => OsuResponses.ModelNotFound("Forum\\Topic");
}
