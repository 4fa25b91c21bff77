using Guildhall.Polympics.Models;

namespace Guildhall.Polympics.Tests;

public sealed class SearchAndPagingTests : PolympicsClientTestBase
{
    [Fact]
    public async Task A_page_carries_the_totals()
    {
        var page = await Anonymous.Accounts.GetPageAsync(perPage: 10, page: 2);
        Assert.Equal((2, 10, 3, 26), (page.Page, page.PerPage, page.Pages, page.Results));
        Assert.Equal(6, page.Data.Count);
        Assert.False(page.HasNextPage);
        Assert.Null(page.ToPage().ContinuationToken);
    }

    [Fact]
    public async Task Listing_walks_every_page_and_stops_at_the_page_count()
    {
        var names = new List<string>();
        await foreach (var account in Anonymous.Accounts.ListAsync(perPage: 7))
        {
            names.Add(account.Name);
        }

        Assert.Equal(26, names.Count);
        Assert.Equal(26, names.Distinct().Count());
        Assert.Equal(names.Order(StringComparer.Ordinal), names);

        // 26 accounts at 7 a page is 4 pages: no fifth request for an empty page.
        Assert.Equal(4, Recorder.Count("/accounts/search"));
        Assert.Equal(["page=0", "page=1", "page=2", "page=3"], Recorder.Requests.Select(r => r.Path.Split('?', '&').Single(p => p.StartsWith("page=", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task Pages_can_be_resumed_from_a_continuation_token()
    {
        var pages = new List<IReadOnlyList<PolympicsTeam>>();
        await foreach (var page in Anonymous.Teams.ListAsync(perPage: 2).AsPages("2"))
        {
            pages.Add(page.Items);
        }

        Assert.Equal([2, 1], pages.Select(p => p.Count));
    }

    [Fact]
    public async Task An_empty_result_is_one_request()
    {
        var found = new List<PolympicsAccount>();
        await foreach (var account in Anonymous.Accounts.ListAsync("nobody-has-this-name"))
        {
            found.Add(account);
        }

        Assert.Empty(found);
        Assert.Single(Recorder.Requests);
    }

    [Theory]
    [InlineData(-1, 20)]
    [InlineData(0, 0)]
    [InlineData(0, -5)]
    public async Task Invalid_page_arguments_are_refused_before_sending(int page, int perPage)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Anonymous.Accounts.GetPageAsync(page: page, perPage: perPage));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Anonymous.Teams.GetPageAsync(page: page, perPage: perPage));
        Assert.Empty(Recorder.Requests);
    }

    [Fact]
    public async Task An_invalid_page_size_or_token_is_refused_before_sending()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Anonymous.Accounts.ListAsync(perPage: 0));
        await Assert.ThrowsAsync<ArgumentException>(async () =>
        {
            await foreach (var _ in Anonymous.Teams.ListAsync().AsPages("next"))
            {
            }
        });
        Assert.Empty(Recorder.Requests);
    }

    [Fact]
    public async Task Search_by_text_and_team()
    {
        var page = await Anonymous.Accounts.GetPageAsync("bob", team: 2);
        Assert.Equal(["Bobby Tables", "Bobcat", "bob"], page.Data.Select(a => a.Name));
        var teams = await Anonymous.Teams.GetPageAsync("kidz");
        Assert.Equal("Cool Kidz", Assert.Single(teams.Data).Name);
    }

    [Fact]
    public async Task Search_text_is_escaped_in_the_query_string()
    {
        var page = await Anonymous.Accounts.GetPageAsync("Bobby Tables&team=1");
        Assert.Empty(page.Data);
        Assert.Contains("q=Bobby%20Tables%26team%3D1", Assert.Single(Recorder.Requests).Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_a_walk_stops_it()
    {
        using var cancellation = new CancellationTokenSource();
        var seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in Anonymous.Accounts.ListAsync(perPage: 5, cancellationToken: cancellation.Token))
            {
                if (++seen == 5)
                {
                    await cancellation.CancelAsync();
                }
            }
        });
        Assert.Equal(1, Recorder.Count("/accounts/search"));
    }
}
