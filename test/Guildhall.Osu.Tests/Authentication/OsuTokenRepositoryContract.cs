using Guildhall.Osu.Authentication;

namespace Guildhall.Osu.Tests.Authentication;

/// <summary>
/// What every <see cref="IOsuTokenRepository"/> must do. Each implementation's tests derive from this class (the
/// SQLite tests link this file), so all of them are held to the same contract.
/// </summary>
public abstract class OsuTokenRepositoryContract
{
    private static readonly DateTimeOffset Expiry = new(2026, 7, 2, 12, 0, 0, 123, TimeSpan.Zero);

    /// <summary>The owner most tests store tokens for.</summary>
    protected static readonly OsuTokenOwner Owner = OsuTokenOwner.For(new Uri("https://osu.ppy.sh/"), 40070, "the-application-secret");

    /// <summary>A fresh, empty repository.</summary>
    protected abstract IOsuTokenRepository CreateRepository();

    protected static OsuToken Token(string id, long? owner = 7562902, string? refresh = "refresh") => new()
    {
        AccessToken = "access-" + id,
        RefreshToken = refresh is null ? null : refresh + "-" + id,
        ExpiresAt = Expiry.AddTicks(id.Length),
        Scopes = ["identify", "public"],
        OwnerId = owner,
    };

    protected static void AssertSameToken(OsuToken expected, OsuToken? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.AccessToken, actual.AccessToken);
        Assert.Equal(expected.RefreshToken, actual.RefreshToken);
        Assert.Equal(expected.TokenType, actual.TokenType);
        Assert.Equal(expected.ExpiresAt, actual.ExpiresAt);
        Assert.Equal(expected.Scopes, actual.Scopes);
        Assert.Equal(expected.OwnerId, actual.OwnerId);
    }

    [Fact]
    public async Task An_empty_repository_has_no_session()
    {
        var repository = CreateRepository();

        Assert.False(await repository.ExistsAsync(Owner, 1));
        Assert.Null(await repository.GetAsync(Owner, 1));
    }

    [Fact]
    public async Task An_added_token_reads_back_with_every_field()
    {
        var repository = CreateRepository();
        var token = Token("a");

        var returned = await repository.AddAsync(Owner, 1, token);

        Assert.Same(token, returned);
        Assert.True(await repository.ExistsAsync(Owner, 1));
        AssertSameToken(token, await repository.GetAsync(Owner, 1));
    }

    [Fact]
    public async Task A_client_credentials_token_without_owner_or_refresh_token_reads_back()
    {
        var repository = CreateRepository();
        var token = Token("guest", owner: null, refresh: null) with { Scopes = ["public"] };

        await repository.AddAsync(Owner, 0, token);

        AssertSameToken(token, await repository.GetAsync(Owner, 0));
    }

    [Fact]
    public async Task Adding_to_an_existing_session_replaces_its_token()
    {
        var repository = CreateRepository();
        await repository.AddAsync(Owner, 1, Token("a"));

        await repository.AddAsync(Owner, 1, Token("bb"));

        AssertSameToken(Token("bb"), await repository.GetAsync(Owner, 1));
    }

    [Fact]
    public async Task Updating_replaces_the_token_of_a_session()
    {
        var repository = CreateRepository();
        await repository.AddAsync(Owner, 1, Token("a"));

        var returned = await repository.UpdateAsync(Owner, 1, Token("ccc"));

        AssertSameToken(Token("ccc"), returned);
        AssertSameToken(Token("ccc"), await repository.GetAsync(Owner, 1));
    }

    [Fact]
    public async Task Updating_a_session_without_a_token_fails_and_stores_nothing()
    {
        var repository = CreateRepository();

        await Assert.ThrowsAsync<KeyNotFoundException>(async () => await repository.UpdateAsync(Owner, 5, Token("a")));

        Assert.False(await repository.ExistsAsync(Owner, 5));
    }

    [Fact]
    public async Task Deleting_removes_only_that_session_and_deleting_twice_is_harmless()
    {
        var repository = CreateRepository();
        await repository.AddAsync(Owner, 1, Token("a"));
        await repository.AddAsync(Owner, 2, Token("b"));

        await repository.DeleteAsync(Owner, 1);
        await repository.DeleteAsync(Owner, 1);

        Assert.False(await repository.ExistsAsync(Owner, 1));
        AssertSameToken(Token("b"), await repository.GetAsync(Owner, 2));
    }

    [Fact]
    public async Task Concurrent_writers_leave_one_complete_token_per_session()
    {
        var repository = CreateRepository();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(session => repository.AddAsync(Owner, session, Token("seed")).AsTask()));

        var writes = Enumerable.Range(0, 200).Select(i => Task.Run(async () =>
        {
            var session = i % 8;
            var token = Token(new string('x', i + 1));
            if (i % 2 == 0)
            {
                await repository.UpdateAsync(Owner, session, token);
            }
            else
            {
                await repository.AddAsync(Owner, session, token);
            }
        }));
        await Task.WhenAll(writes);

        for (var session = 0; session < 8; session++)
        {
            var stored = await repository.GetAsync(Owner, session);
            Assert.NotNull(stored);
            AssertSameToken(Token(stored.AccessToken["access-".Length..]), stored);
        }
    }

    [Fact]
    public async Task Each_owner_has_its_own_tokens_for_the_same_session()
    {
        var repository = CreateRepository();
        var otherSecret = OsuTokenOwner.For(new Uri("https://osu.ppy.sh/"), 40070, "a-rotated-secret");
        var otherClient = OsuTokenOwner.For(new Uri("https://osu.ppy.sh/"), 40071, "the-application-secret");
        var otherSite = OsuTokenOwner.For(new Uri("http://127.0.0.1:5080/osu/"), 40070, "the-application-secret");
        await repository.AddAsync(Owner, 0, Token("mine"));

        foreach (var stranger in new[] { otherSecret, otherClient, otherSite })
        {
            Assert.False(await repository.ExistsAsync(stranger, 0));
            Assert.Null(await repository.GetAsync(stranger, 0));
            await Assert.ThrowsAsync<KeyNotFoundException>(async () => await repository.UpdateAsync(stranger, 0, Token("theirs")));
            await repository.DeleteAsync(stranger, 0);
        }

        await repository.AddAsync(otherSite, 0, Token("site"));
        AssertSameToken(Token("mine"), await repository.GetAsync(Owner, 0));
        AssertSameToken(Token("site"), await repository.GetAsync(otherSite, 0));
        await repository.DeleteAsync(Owner, 0);
        AssertSameToken(Token("site"), await repository.GetAsync(otherSite, 0));
    }

    [Fact]
    public async Task A_cancelled_call_throws()
    {
        var repository = CreateRepository();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await repository.AddAsync(Owner, 1, Token("a"), cancelled.Token));
    }
}
