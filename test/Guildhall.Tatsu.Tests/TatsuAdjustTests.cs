using Guildhall.Core.Errors;
using Guildhall.Tatsu.Models;
using static Guildhall.Sandbox.Tatsu.TatsuSandboxData;

namespace Guildhall.Tatsu.Tests;

public sealed class TatsuAdjustTests
{
    private const ulong Guild = TavernGuildId;
    private const ulong Member = MemberUserIdBase + 7;

    [Theory]
    [InlineData(1ul)]
    [InlineData(99_999ul)]
    [InlineData(100_000ul)]
    [InlineData(100_001ul)]
    [InlineData(200_000ul)]
    [InlineData(250_001ul)]
    [InlineData(1_000_000_007ul)]
    public void Splitting_never_leaves_1_to_100000_and_adds_up_to_the_total(ulong total)
    {
        var chunks = TatsuChangeChunks.Split(total).ToList();

        Assert.All(chunks, amount => Assert.InRange(amount, 1, 100_000));
        Assert.Equal(total, chunks.Aggregate(0ul, (sum, amount) => sum + (ulong)amount));
        Assert.Equal((int)((total + 99_999) / 100_000), chunks.Count);
    }

    [Fact]
    public async Task A_large_addition_is_sent_as_changes_of_at_most_100000()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();
        var before = await bed.MemberAsync(Guild, Member, "points");

        var answer = await tatsu.Members.AdjustPointsAsync(Guild, Member, 250_000);

        Assert.Equal(before + 250_000, answer!.Points);
        Assert.Equal(
            ["""{"action":0,"amount":100000}""", """{"action":0,"amount":100000}""", """{"action":0,"amount":50000}"""],
            await bed.ChangeBodiesAsync());
    }

    [Fact]
    public async Task A_negative_adjustment_removes_with_positive_amounts()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();
        await tatsu.Members.AdjustScoreAsync(Guild, Member, 300_000);

        var answer = await tatsu.Members.AdjustScoreAsync(Guild, Member, -150_001);

        Assert.NotNull(answer);
        Assert.Equal(answer.Score, await bed.MemberAsync(Guild, Member, "score"));
        Assert.Equal(
            ["""{"action":1,"amount":100000}""", """{"action":1,"amount":50001}"""],
            (await bed.ChangeBodiesAsync()).Skip(3));
    }

    [Fact]
    public async Task A_small_adjustment_is_one_change()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();

        await tatsu.Members.AdjustPointsAsync(Guild, Member, -3);

        Assert.Equal(["""{"action":1,"amount":3}"""], await bed.ChangeBodiesAsync());
    }

    [Fact]
    public async Task A_server_error_part_way_reports_what_was_applied_and_what_may_have_been()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        await bed.InjectFaultAsync("""{"kind":"status","status":500,"method":"PATCH","skip":1}""");
        var tatsu = bed.CreateClient();
        var before = await bed.MemberAsync(Guild, Member, "points");

        var error = await Assert.ThrowsAsync<TatsuChangeIncompleteException>(() => tatsu.Members.AdjustPointsAsync(Guild, Member, 250_000));

        Assert.Equal((250_000ul, 100_000ul, 100_000ul), (error.RequestedAmount, error.AppliedAmount, error.UncertainAmount));
        Assert.Equal(TatsuChangeAction.Add, error.Action);
        Assert.IsType<ApiServerException>(error.InnerException);
        Assert.Equal("tatsu.members.points.adjust", error.Operation);
        Assert.Equal(before + 100_000, await bed.MemberAsync(Guild, Member, "points"));
        // The failed change was not repeated, and nothing after it was sent.
        Assert.Equal(2, (await bed.ChangeBodiesAsync()).Count);
    }

    [Fact]
    public async Task A_refusal_part_way_is_certain_not_to_have_been_applied()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        await bed.InjectFaultAsync("""{"kind":"status","status":400,"method":"PATCH","skip":2}""");
        var tatsu = bed.CreateClient();

        var error = await Assert.ThrowsAsync<TatsuChangeIncompleteException>(() => tatsu.Members.AdjustScoreAsync(Guild, Member, -500_000));

        Assert.Equal((500_000ul, 200_000ul, 0ul), (error.RequestedAmount, error.AppliedAmount, error.UncertainAmount));
        Assert.Equal(TatsuChangeAction.Remove, error.Action);
        Assert.IsType<ApiValidationException>(error.InnerException);
        Assert.Equal("0", error.ErrorCode);
        Assert.Contains("200000 of 500000", error.Message);
    }

    [Fact]
    public async Task A_dropped_connection_part_way_is_uncertain()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        await bed.InjectFaultAsync("""{"kind":"abort","method":"PATCH","skip":1}""");
        var tatsu = bed.CreateClient();

        var error = await Assert.ThrowsAsync<TatsuChangeIncompleteException>(() => tatsu.Members.AdjustPointsAsync(Guild, Member, 150_000));

        Assert.Equal((100_000ul, 50_000ul), (error.AppliedAmount, error.UncertainAmount));
        Assert.Null(error.StatusCode);
    }

    [Fact]
    public async Task A_failure_of_the_first_change_surfaces_as_itself()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        await bed.InjectFaultAsync("""{"kind":"status","status":500,"method":"PATCH"}""");
        var tatsu = bed.CreateClient();

        await Assert.ThrowsAsync<ApiServerException>(() => tatsu.Members.AdjustPointsAsync(Guild, Member, 250_000));
        Assert.Single(await bed.ChangeBodiesAsync());
    }

    [Fact]
    public async Task An_unreadable_answer_part_way_counts_as_applied()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        await bed.InjectFaultAsync("""{"kind":"truncated","method":"PATCH","skip":1}""");
        var tatsu = bed.CreateClient();

        var error = await Assert.ThrowsAsync<TatsuChangeIncompleteException>(() => tatsu.Members.AdjustPointsAsync(Guild, Member, 300_000));

        Assert.Equal((200_000ul, 0ul), (error.AppliedAmount, error.UncertainAmount));
        Assert.IsType<ApiInvalidResponseException>(error.InnerException);
    }

    [Fact]
    public async Task Cancelling_part_way_reports_the_change_in_flight_as_uncertain()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        using var cancellation = new CancellationTokenSource();
        var tatsu = bed.CreateClient(wrap: inner => new CancelOnRequestHandler(inner, cancellation, requestNumber: 2));

        var error = await Assert.ThrowsAsync<TatsuChangeIncompleteException>(
            () => tatsu.Members.AdjustPointsAsync(Guild, Member, 250_000, cancellation.Token));

        Assert.IsAssignableFrom<OperationCanceledException>(error.InnerException);
        Assert.Equal((100_000ul, 100_000ul), (error.AppliedAmount, error.UncertainAmount));
        Assert.Single(await bed.ChangeBodiesAsync());
    }

    [Fact]
    public async Task Cancelling_before_the_first_change_sends_nothing()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => tatsu.Members.AdjustPointsAsync(Guild, Member, 250_000, new CancellationToken(canceled: true)));
        Assert.Empty(await bed.RequestsAsync());
    }
}
