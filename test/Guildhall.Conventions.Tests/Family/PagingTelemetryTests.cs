using System.Diagnostics;
using Guildhall.Core.Errors;
using Guildhall.Sandbox.Testing;
using Guildhall.Testing;

namespace Guildhall.Conventions.Tests.Family;

/// <summary>
/// What the README promises of telemetry, seen from outside over real loopback HTTP: a paged listing is one activity per
/// page it fetches, each with the HTTP client attributes, and a failed call keeps its answer's status code and ends
/// with the <c>error</c> outcome on its duration. Listeners see every Guildhall call of the process, so each test keeps
/// only the calls to its own sandbox's port.
/// </summary>
public sealed class PagingTelemetryTests : IAsyncLifetime
{
    private GuildhallSandbox? _sandbox;
    private TelemetryCapture? _capture;

    private GuildhallSandbox Sandbox => _sandbox!;

    public async Task InitializeAsync()
    {
        _sandbox = await GuildhallSandbox.StartOnLoopbackAsync();
        var port = _sandbox.Host.BaseAddress.Port;
        _capture = new TelemetryCapture(activity => Equals(activity.GetTagItem("server.port"), port), tags => Equals(tags.GetValueOrDefault("guildhall.api"), "polympics"));
    }

    private IReadOnlyCollection<Activity> Activities => _capture!.Activities;

    private IReadOnlyCollection<IReadOnlyDictionary<string, object?>> Durations => _capture!.Durations;

    [Fact]
    public async Task A_paged_listing_is_one_activity_per_page_it_fetches()
    {
        var teams = new List<string>();
        await foreach (var team in Sandbox.Polympics.Teams.ListAsync(perPage: 1))
        {
            teams.Add(team.Name);
        }

        var pages = Activities.Where(activity => activity.OperationName == "polympics.teams.search").ToList();
        var served = (await Sandbox.GetRequestsAsync("polympics")).Count(request => request.Path.Contains("/teams/search", StringComparison.Ordinal));
        Assert.True(teams.Count > 1, $"The sandbox lists {teams.Count} team(s); the test needs more than one page.");
        Assert.Equal(served, pages.Count);
        Assert.True(pages.Count >= teams.Count, $"{pages.Count} activities for {teams.Count} one-item pages");
        Assert.All(pages, page =>
        {
            Assert.Equal(ActivityKind.Client, page.Kind);
            Assert.Equal("GET", page.GetTagItem("http.request.method"));
            Assert.Equal(200, page.GetTagItem("http.response.status_code"));
            Assert.Equal("127.0.0.1", page.GetTagItem("server.address"));
            Assert.Equal("success", page.GetTagItem("guildhall.outcome"));
        });
    }

    [Fact]
    public async Task A_call_the_API_refuses_keeps_its_status_code_and_the_error_outcome()
    {
        // Polympics answers an unknown team with 422 "Team not found.", as the real server does.
        await Assert.ThrowsAsync<ApiValidationException>(() => Sandbox.Polympics.Teams.GetAsync(987654));

        var activity = Assert.Single(Activities, activity => activity.OperationName == "polympics.teams.get");
        Assert.Equal(422, activity.GetTagItem("http.response.status_code"));
        Assert.Equal("422", activity.GetTagItem("error.type"));
        Assert.Equal(ActivityStatusCode.Error, activity.Status);
        Assert.Contains(Durations, duration => Equals(duration["guildhall.operation"], "polympics.teams.get")
            && Equals(duration["guildhall.outcome"], "error") && Equals(duration["http.response.status_code"], 422));
    }

    public async Task DisposeAsync()
    {
        _capture?.Dispose();
        if (_sandbox is not null)
        {
            await _sandbox.DisposeAsync();
        }
    }
}
