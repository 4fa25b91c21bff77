using System.Text.Json;
using Guildhall.Sandbox.Polympics.State;
using Guildhall.Sandbox.Polympics.Wire;
using Microsoft.Extensions.DependencyInjection;

namespace Guildhall.Sandbox.Polympics.Routes;

/// <summary>
/// One request to the emulated server, checked in FastAPI's order: the body is decoded first (bad JSON is a 422), then
/// the Basic credentials are read (a missing header is a 401), then the handler validates path, query and body together
/// and answers 422 with every issue found, and only then does the route's own logic run, under the state lock.
/// </summary>
internal sealed class PolympicsCall
{
    private readonly List<PolympicsIssue> _issues = [];
    private readonly JsonElement? _body;

    private PolympicsCall(HttpContext context, PolympicsState state, PolympicsScope scope, JsonElement? body)
    {
        HttpContext = context;
        State = state;
        Scope = scope;
        _body = body;
    }

    public HttpContext HttpContext { get; }

    public PolympicsState State { get; }

    /// <summary>What the request's credentials may do (empty for public routes and unknown credentials).</summary>
    public PolympicsScope Scope { get; }

    public bool HasIssues => _issues.Count > 0;

    /// <summary>Runs <paramref name="handle"/> for the request once its body and credentials have been read.</summary>
    public static async Task<IResult> RunAsync(HttpContext context, PolympicsCallKind kind, Func<PolympicsCall, IResult> handle)
    {
        var state = context.RequestServices.GetRequiredService<PolympicsState>();
        JsonElement? body = null;
        if (kind.HasFlag(PolympicsCallKind.WithBody))
        {
            var (parsed, failure) = await ReadBodyAsync(context.Request).ConfigureAwait(false);
            if (failure is not null)
            {
                return failure;
            }

            body = parsed;
        }

        string? username = null, password = null;
        if (kind.HasFlag(PolympicsCallKind.Authenticated))
        {
            var failure = PolympicsBasicAuth.TryRead(context.Request, out var user, out var pass);
            if (failure is not null)
            {
                return failure;
            }

            (username, password) = (user, pass);
        }

        lock (state.Sync)
        {
            var scope = username is null ? PolympicsScope.Empty : state.Authenticate(username, password!);
            return handle(new PolympicsCall(context, state, scope, body));
        }
    }

    /// <summary>The 422 listing every issue found so far.</summary>
    public IResult Invalid() => PolympicsResults.Invalid(_issues);

    public PolympicsAccount? PathAccount() => PathModel("account", id => State.Accounts.GetValueOrDefault(id), "Account");

    public PolympicsTeam? PathTeam() => PathModel("team", id => State.Teams.GetValueOrDefault(id), "Team");

    public PolympicsAward? PathAward() => PathModel("award", id => State.Awards.GetValueOrDefault(id), "Award");

    /// <summary>The <c>{event}</c> path parameter; <c>account_team_update</c> is the only event there is.</summary>
    public string? PathEvent()
    {
        var value = (string)HttpContext.Request.RouteValues["event"]!;
        if (value == "account_team_update")
        {
            return value;
        }

        _issues.Add(PolympicsValues.NotAnEvent(["path", "event"]));
        return null;
    }

    public string? QueryString(string name) => HttpContext.Request.Query.TryGetValue(name, out var values) ? values[^1] : null;

    public long QueryInt(string name, long defaultValue)
    {
        if (QueryString(name) is not { } text)
        {
            return defaultValue;
        }

        if (PolympicsValues.TryParseInt(text, out var value))
        {
            return value;
        }

        _issues.Add(PolympicsValues.NotAnInteger(["query", name]));
        return defaultValue;
    }

    public PolympicsTeam? QueryTeam() => QueryString("team") is { } text
        ? PolympicsValues.Model(text, id => State.Teams.GetValueOrDefault(id), "Team", ["query", "team"], _issues)
        : null;

    /// <summary>The body as the route's model; call after the path and query parameters, as FastAPI orders its errors.</summary>
    public PolympicsForm Form() => new(_body, _issues);

    private T? PathModel<T>(string name, Func<long, T?> find, string modelName)
        where T : class =>
        PolympicsValues.Model((string)HttpContext.Request.RouteValues[name]!, find, modelName, ["path", name], _issues);

    private static async Task<(JsonElement? Body, IResult? Failure)> ReadBodyAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted).ConfigureAwait(false);
        var bytes = buffer.ToArray();
        if (bytes.Length == 0)
        {
            return (null, null);
        }

        // A body that is not UTF-8 never gets here: the host refuses it with FastAPI's "There was an error parsing the body".
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return (document.RootElement.Clone(), null);
        }
        catch (JsonException exception)
        {
            var line = (exception.LineNumber ?? 0) + 1;
            var column = (exception.BytePositionInLine ?? 0) + 1;
            var position = CharacterPosition(bytes, line, column);
            var issue = new PolympicsIssue(["body", (int)position], $"Expecting value: line {line} column {column} (char {position})", "value_error.jsondecode");
            return (null, PolympicsResults.Invalid([issue]));
        }
    }

    /// <summary>Python's <c>JSONDecodeError.pos</c>: the offset of the error from the start of the document.</summary>
    private static long CharacterPosition(byte[] bytes, long line, long column)
    {
        var offset = 0;
        for (var current = 1; current < line && offset < bytes.Length; offset++)
        {
            if (bytes[offset] == (byte)'\n')
            {
                current++;
            }
        }

        return Math.Min(offset + column - 1, bytes.Length);
    }
}
