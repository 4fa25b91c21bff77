using System.Globalization;
using CsCheck;
using Guildhall.Core.Paging;

namespace Guildhall.Core.Tests.Properties;

/// <summary>
/// Pageables by position and by cursor over lists of any length and page size: a walk yields every item once and in
/// order, resuming from any page's continuation token yields exactly the rest, and a token that is not the list's fails
/// with the one documented <see cref="ArgumentException"/>.
/// </summary>
public sealed class PagingProperties
{
    private static readonly Gen<(int Count, int PageSize)> Lists = Gen.Select(Gen.Int[0, 60], Gen.Int[1, 12]);

    [Theory]
    [InlineData("position")]
    [InlineData("cursor")]
    public async Task A_walk_yields_every_item_once_and_resumes_from_any_page(string paging)
    {
        await Lists.SampleAsync(async sample =>
        {
            var (count, pageSize) = sample;
            var pageable = paging == "position" ? ByOffset(count, pageSize) : ByCursor(count, pageSize);
            var pages = await pageable.AsPages().ToListAsync();

            Assert.Equal(Enumerable.Range(0, count), pages.SelectMany(page => page.Items));
            foreach (var (page, index) in pages.Select((page, index) => (page, index)).Where(pair => pair.page.ContinuationToken is not null))
            {
                var rest = (await pageable.AsPages(page.ContinuationToken).ToListAsync()).SelectMany(resumed => resumed.Items);
                Assert.Equal(pages.Skip(index + 1).SelectMany(later => later.Items), rest);
            }
        });
    }

    [Fact]
    public async Task A_token_that_is_not_a_position_fails_with_the_documented_argument_exception()
    {
        await Gen.String.Where(text => !uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _) && text.Length > 0).SampleAsync(async token =>
        {
            var error = await Assert.ThrowsAnyAsync<ArgumentException>(async () => await ByOffset(5, 2).AsPages(token).ToListAsync());
            Assert.Equal("continuationToken", error.ParamName);
        });
    }

    private static AsyncPageable<int> ByOffset(int count, int pageSize) =>
        AsyncPageable.ByPosition<int>(
            0,
            (offset, _) =>
            {
                IReadOnlyList<int> items = [.. Enumerable.Range(offset, Math.Max(0, Math.Min(pageSize, count - offset)))];
                return Task.FromResult((items, offset + pageSize < count ? (int?)(offset + pageSize) : null));
            },
            CancellationToken.None);

    // The cursor is opaque text, as the APIs' are: here the next offset in base 36, with a prefix.
    private static AsyncPageable<int> ByCursor(int count, int pageSize) =>
        AsyncPageable.ByCursor<int>(
            (cursor, _) =>
            {
                var offset = cursor is null ? 0 : int.Parse(cursor.AsSpan(2), CultureInfo.InvariantCulture);
                IReadOnlyList<int> items = [.. Enumerable.Range(offset, Math.Max(0, Math.Min(pageSize, count - offset)))];
                return Task.FromResult((items, offset + pageSize < count ? "c:" + (offset + pageSize).ToString(CultureInfo.InvariantCulture) : null));
            },
            CancellationToken.None);
}
