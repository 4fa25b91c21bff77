using System.Security.Cryptography;

namespace Guildhall.Sandbox.Polympics.State;

/// <summary>
/// The emulated Polympics database. Every read and write happens under <see cref="Sync"/>, so one request sees and
/// changes a consistent state, as the real server's single transaction per request does.
/// </summary>
internal sealed class PolympicsState
{
    private readonly TimeProvider _timeProvider;
    private long _nextTeamId;
    private long _nextAwardId;
    private long _nextAppId;
    private long _nextSessionId;
    private long _nextCallbackId;

    public PolympicsState(TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
        Reset();
    }

    /// <summary>The lock that guards every collection and setting below.</summary>
    public Lock Sync { get; } = new();

    public Dictionary<long, PolympicsAccount> Accounts { get; } = [];

    public Dictionary<long, PolympicsTeam> Teams { get; } = [];

    public Dictionary<long, PolympicsAward> Awards { get; } = [];

    public Dictionary<long, PolympicsApp> Apps { get; } = [];

    public Dictionary<long, PolympicsSession> Sessions { get; } = [];

    public List<PolympicsCallback> Callbacks { get; } = [];

    /// <summary>Discord user tokens the emulated Discord accepts, mapped to the user they identify.</summary>
    public Dictionary<string, PolympicsDiscordUser> DiscordUsers { get; } = new(StringComparer.Ordinal);

    /// <summary>The server's <c>signups_open</c> setting.</summary>
    public bool SignupsOpen { get; set; }

    /// <summary>The server's <c>max_session_age</c> setting.</summary>
    public TimeSpan MaxSessionAge { get; set; }

    public DateTimeOffset Now => _timeProvider.GetUtcNow();

    /// <summary>Drops everything and restores the documented seed (see <see cref="PolympicsSeed"/>).</summary>
    public void Reset()
    {
        lock (Sync)
        {
            Accounts.Clear();
            Teams.Clear();
            Awards.Clear();
            Apps.Clear();
            Sessions.Clear();
            Callbacks.Clear();
            DiscordUsers.Clear();
            _nextTeamId = _nextAwardId = _nextAppId = _nextSessionId = _nextCallbackId = 1;
            SignupsOpen = true;
            MaxSessionAge = TimeSpan.FromDays(30);
            PolympicsSeed.Apply(this);
        }
    }

    /// <summary>A fresh token the way the server makes them: 32 random bytes in base64.</summary>
    public static string GenerateToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public PolympicsTeam AddTeam(string name)
    {
        var team = new PolympicsTeam { Id = _nextTeamId++, Name = name, CreatedAt = Now };
        Teams.Add(team.Id, team);
        return team;
    }

    public PolympicsAccount AddAccount(long id, string name, string discriminator, string? avatarUrl, long? teamId, long permissions)
    {
        var account = new PolympicsAccount
        {
            Id = id,
            Name = name,
            Discriminator = discriminator,
            AvatarUrl = avatarUrl,
            TeamId = teamId,
            Permissions = permissions,
            CreatedAt = Now,
        };
        Accounts.Add(id, account);
        return account;
    }

    public PolympicsAward AddAward(string title, string imageUrl, long? teamId)
    {
        var award = new PolympicsAward { Id = _nextAwardId++, Title = title, ImageUrl = imageUrl, TeamId = teamId };
        Awards.Add(award.Id, award);
        return award;
    }

    public PolympicsApp AddApp(string name, long permissions, string? token = null)
    {
        var app = new PolympicsApp { Id = _nextAppId++, Name = name, Permissions = permissions, Token = token ?? GenerateToken() };
        Apps.Add(app.Id, app);
        return app;
    }

    public PolympicsSession AddSession(long accountId, string? token = null)
    {
        var session = new PolympicsSession
        {
            Id = _nextSessionId++,
            AccountId = accountId,
            Token = token ?? GenerateToken(),
            ExpiresAt = Now + MaxSessionAge,
        };
        Sessions.Add(session.Id, session);
        return session;
    }

    /// <summary>Registers a callback, replacing (with a new id) any the app had for the event.</summary>
    public PolympicsCallback PutCallback(long appId, string eventName, string url, string secret)
    {
        Callbacks.RemoveAll(c => c.AppId == appId && c.Event == eventName);
        var callback = new PolympicsCallback { Id = _nextCallbackId++, AppId = appId, Event = eventName, Url = url, Secret = secret };
        Callbacks.Add(callback);
        return callback;
    }

    public int MemberCount(long teamId) => Accounts.Values.Count(a => a.TeamId == teamId);

    public IEnumerable<PolympicsAward> AwardsOfAccount(long accountId) =>
        Awards.Values.Where(a => a.Awardees.Contains(accountId)).OrderBy(a => a.Id);

    public IEnumerable<PolympicsAward> AwardsOfTeam(long teamId) =>
        Awards.Values.Where(a => a.TeamId == teamId).OrderBy(a => a.Id);

    /// <summary>Deletes an account with what cascades from it: its sessions and the awards it held.</summary>
    public void DeleteAccount(long accountId)
    {
        Accounts.Remove(accountId);
        foreach (var session in Sessions.Values.Where(s => s.AccountId == accountId).ToList())
        {
            Sessions.Remove(session.Id);
        }

        foreach (var award in Awards.Values)
        {
            award.Awardees.Remove(accountId);
        }
    }

    /// <summary>Deletes a team; its members are left without a team (the column is <c>ON DELETE SET NULL</c>).</summary>
    public void DeleteTeam(long teamId)
    {
        Teams.Remove(teamId);
        foreach (var account in Accounts.Values.Where(a => a.TeamId == teamId))
        {
            account.TeamId = null;
        }
    }

    /// <summary>
    /// Resolves Basic credentials to a scope. An unknown prefix, a non-numeric id, a wrong token or an expired session
    /// all give the empty scope; an expired session is deleted on use, as the server does.
    /// </summary>
    public PolympicsScope Authenticate(string username, string password)
    {
        if (username.Length == 0 || !long.TryParse(username.AsSpan(1), out var id))
        {
            return PolympicsScope.Empty;
        }

        switch (char.ToUpperInvariant(username[0]))
        {
            case 'A' when Apps.TryGetValue(id, out var app) && app.Token == password:
                return PolympicsScope.ForApp(app);
            case 'S' when Sessions.TryGetValue(id, out var session) && session.Token == password:
                if (session.ExpiresAt < Now)
                {
                    Sessions.Remove(id);
                    return PolympicsScope.Empty;
                }

                return PolympicsScope.ForSession(session, Accounts[session.AccountId]);
            default:
                return PolympicsScope.Empty;
        }
    }
}
