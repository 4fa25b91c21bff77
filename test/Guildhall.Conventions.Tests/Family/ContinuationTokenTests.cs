using Guildhall.Core.Paging;
using Guildhall.Osu.Queries;
using Guildhall.Sandbox.Tatsu;
using Guildhall.Sandbox.Testing;

namespace Guildhall.Conventions.Tests.Family;

/// <summary>
/// A continuation token that is not the list's fails the same way on every client, before anything is sent: an
/// <see cref="ArgumentException"/> whose <see cref="ArgumentException.ParamName"/> is <c>continuationToken</c>, for lists
/// addressed by an offset, a page number and a cursor alike.
/// </summary>
public sealed class ContinuationTokenTests
{
    [Fact]
    public async Task Every_client_refuses_a_foreign_continuation_token_with_one_error()
    {
        await using var sandbox = await GuildhallSandbox.StartInMemoryAsync();
        var osu = sandbox.Osu.AppClient;
        var lists = new (string Name, Func<IAsyncEnumerable<object>> Walk)[]
        {
            ("topgg bots (offset)", () => Pages(sandbox.TopGg.Bots.ListAsync(), "page-two")),
            ("topgg votes (cursor)", () => Pages(sandbox.TopGg.Project.ListVotesAsync(TimeProvider.System.GetUtcNow().AddDays(-1)), "")),
            ("tatsu rankings (rank)", () => Pages(sandbox.Tatsu.Rankings.ListGuildRankingsAsync(TatsuSandboxData.TavernGuildId), "-1")),
            ("polympics teams (page number)", () => Pages(sandbox.Polympics.Teams.ListAsync(), "1.5")),
            ("osu! scores (offset)", () => Pages(osu.Users.ListScoresAsync(2, UserScoreType.Best), "ten")),
            ("osu! beatmapsets (cursor)", () => Pages(osu.Beatmapsets.ListAsync(), "")),
        };

        foreach (var (name, walk) in lists)
        {
            var error = await Assert.ThrowsAsync<ArgumentException>(async () =>
            {
                await foreach (var _ in walk())
                {
                }
            });
            Assert.True(error.ParamName == "continuationToken", $"{name}: the error names '{error.ParamName}'");
        }

        foreach (var api in new[] { "topgg", "tatsu", "polympics" })
        {
            Assert.Empty(await sandbox.GetRequestsAsync(api));
        }
    }

    private static async IAsyncEnumerable<object> Pages<T>(AsyncPageable<T> list, string continuationToken)
    {
        await foreach (var page in list.AsPages(continuationToken))
        {
            yield return page;
        }
    }
}
