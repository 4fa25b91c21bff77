using Guildhall.Core.Paging;

namespace Guildhall.Core.Tests.Paging;

public sealed class AsyncPageableTests
{
    private static AsyncPageable<int> Numbers(int pages, List<string?> requested) =>
        AsyncPageable.Create<int>((token, _) =>
        {
            requested.Add(token);
            var index = token is null ? 0 : int.Parse(token, System.Globalization.CultureInfo.InvariantCulture);
            var next = index + 1 < pages ? (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            return Task.FromResult(new Page<int>([index * 10, (index * 10) + 1], next));
        });

    [Fact]
    public async Task Items_of_every_page_are_yielded_in_order()
    {
        var requested = new List<string?>();

        var items = await Numbers(3, requested).ToListAsync();

        Assert.Equal([0, 1, 10, 11, 20, 21], items);
        Assert.Equal([null, "1", "2"], requested);
    }

    [Fact]
    public async Task Pages_are_fetched_only_as_they_are_needed()
    {
        var requested = new List<string?>();

        var first = await Numbers(100, requested).Take(3).ToListAsync();

        Assert.Equal([0, 1, 10], first);
        Assert.Equal(2, requested.Count);
    }

    [Fact]
    public async Task Enumeration_resumes_from_a_saved_token()
    {
        var requested = new List<string?>();

        var pages = await Numbers(4, requested).AsPages("2").ToListAsync();

        Assert.Equal(2, pages.Count);
        Assert.Equal([20, 21], pages[0].Items);
        Assert.Null(pages[1].ContinuationToken);
    }

    [Fact]
    public async Task A_token_that_does_not_move_ends_the_enumeration()
    {
        var calls = 0;
        var stuck = AsyncPageable.Create<int>((_, _) => { calls++; return Task.FromResult(new Page<int>([1], "same")); });

        var items = await stuck.AsPages("same").ToListAsync();

        Assert.Single(items);
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Cancellation_stops_the_enumeration()
    {
        using var cancellation = new CancellationTokenSource();
        var pageable = AsyncPageable.Create<int>((_, token) =>
        {
            token.ThrowIfCancellationRequested();
            return Task.FromResult(new Page<int>([1], "next"));
        });

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await pageable.ToListAsync(cancellation.Token));
    }

    [Fact]
    public async Task The_token_given_with_the_list_cancels_the_walk_between_pages()
    {
        using var cancellation = new CancellationTokenSource();
        var requested = new List<string?>();
        var list = AsyncPageable.Create<int>(
            (token, _) =>
            {
                requested.Add(token);
                return Task.FromResult(new Page<int>([requested.Count], "next" + requested.Count));
            },
            cancellation.Token);

        var seen = new List<int>();
        var walk = async () =>
        {
            await foreach (var item in list)
            {
                seen.Add(item);
                await cancellation.CancelAsync();
            }
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(walk);
        Assert.Equal([1], seen);
        Assert.Single(requested);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Each_page_request_sees_both_the_lists_token_and_the_enumerations(bool cancelTheList)
    {
        using var listCancellation = new CancellationTokenSource();
        using var walkCancellation = new CancellationTokenSource();
        var cancelled = new List<bool>();
        var list = AsyncPageable.Create<int>(
            (_, token) =>
            {
                (cancelTheList ? listCancellation : walkCancellation).Cancel();
                cancelled.Add(token.IsCancellationRequested);
                return Task.FromResult(new Page<int>([1], null));
            },
            listCancellation.Token);

        await list.AsPages(cancellationToken: walkCancellation.Token).ToListAsync();

        Assert.True(Assert.Single(cancelled));
    }

    [Fact]
    public async Task A_list_by_position_passes_numbers_and_resumes_from_one()
    {
        var asked = new List<int>();
        var list = AsyncPageable.ByPosition<int>(
            10,
            (offset, _) =>
            {
                asked.Add(offset);
                IReadOnlyList<int> items = [offset, offset + 1];
                return Task.FromResult((items, offset < 14 ? offset + 2 : (int?)null));
            },
            CancellationToken.None);

        var pages = await list.AsPages().ToListAsync();
        var resumed = await list.AsPages("14").ToListAsync();

        Assert.Equal(["12", "14", null], pages.Select(page => page.ContinuationToken));
        Assert.Equal([10, 12, 14, 14], asked);
        Assert.Equal([14, 15], Assert.Single(resumed).Items);
    }

    [Theory]
    [InlineData("next")]
    [InlineData("-3")]
    [InlineData("")]
    public async Task A_continuation_token_that_is_not_the_lists_is_one_ArgumentException_naming_it(string token)
    {
        var fetched = false;
        var list = AsyncPageable.ByPosition<int>(0, (_, _) => { fetched = true; return Task.FromResult<(IReadOnlyList<int>, int?)>(([], null)); }, CancellationToken.None);

        var error = await Assert.ThrowsAsync<ArgumentException>(async () => await list.AsPages(token).ToListAsync());

        Assert.Equal("continuationToken", error.ParamName);
        Assert.False(fetched);
    }

    [Fact]
    public async Task A_list_by_cursor_ends_when_the_cursor_does_and_refuses_an_empty_one()
    {
        var list = AsyncPageable.ByCursor<string>(
            (cursor, _) => Task.FromResult<(IReadOnlyList<string>, string?)>(cursor is null ? (["a"], "c1") : (["b"], "")),
            CancellationToken.None);

        Assert.Equal(["a", "b"], await list.ToListAsync());
        Assert.Equal("continuationToken", (await Assert.ThrowsAsync<ArgumentException>(async () => await list.AsPages("").ToListAsync())).ParamName);
    }

    [Fact]
    public async Task An_empty_page_after_the_first_ends_the_walk_without_being_yielded()
    {
        var list = AsyncPageable.Create<int>((token, _) => Task.FromResult(token is null ? new Page<int>([1, 2], "more") : new Page<int>([], "more")));

        var pages = await list.AsPages().ToListAsync();

        Assert.Equal([1, 2], Assert.Single(pages).Items);
    }

    [Fact]
    public async Task An_empty_first_page_is_yielded_so_a_walk_always_has_a_page()
    {
        var list = AsyncPageable.Create<int>((_, _) => Task.FromResult(new Page<int>([], "more")));

        var page = Assert.Single(await list.AsPages().ToListAsync());

        Assert.Empty(page.Items);
        Assert.Null(page.ContinuationToken);
    }
}
