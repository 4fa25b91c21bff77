using System.Net;
using static Guildhall.Sandbox.Tests.TopGg.TopGgSandbox;
using static Guildhall.Sandbox.TopGg.TopGgSandboxCredentials;

namespace Guildhall.Sandbox.Tests.TopGg;

public sealed class TopGgAnnouncementTests
{
    private const string Announcement = """{"title":"Version 2.0","content":"We released version 2.0 with reminders.","category":"new_feature"}""";

    [Fact]
    public async Task An_announcement_is_answered_with_title_content_and_a_v1_timestamp()
    {
        await using var sandbox = await StartAsync();
        var answer = (await ReadJsonAsync(await sandbox.PostAsync("v1/projects/@me/announcements", Announcement), HttpStatusCode.OK)).AsObject();

        Assert.Equal(["title", "content", "created_at"], answer.Select(p => p.Key));
        Assert.Equal("Version 2.0", (string?)answer["title"]);
        Assert.Equal("2026-03-04T12:00:00.0000000+00:00", (string?)answer["created_at"]);
        var posted = (await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Get, "announcements"), HttpStatusCode.OK)).AsArray();
        Assert.Equal("new_feature", (string?)Assert.Single(posted)!["body"]!["category"]);
    }

    [Fact]
    public async Task A_second_announcement_within_4_hours_is_429_until_the_cooldown_ends()
    {
        await using var sandbox = await StartAsync();
        await ReadJsonAsync(await sandbox.PostAsync("v1/projects/@me/announcements", Announcement), HttpStatusCode.OK);
        sandbox.Clock.Advance(TimeSpan.FromHours(1));

        var refused = await sandbox.PostAsync("v1/projects/@me/announcements", Announcement);
        var problem = await ReadProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.Equal("10800", refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(10800, (long)problem["retry-after"]!);

        var other = await sandbox.PostAsync("v1/projects/@me/announcements", Announcement, Bearer(OtherBotToken));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);

        sandbox.Clock.Advance(TimeSpan.FromHours(3));
        await ReadJsonAsync(await sandbox.PostAsync("v1/projects/@me/announcements", Announcement), HttpStatusCode.OK);
        Assert.Equal(3, (await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Get, "announcements"), HttpStatusCode.OK)).AsArray().Count);
    }

    [Theory]
    [InlineData("""{"title":"Hi","content":"Long enough content"}""", "title")]
    [InlineData("""{"content":"Long enough content"}""", "title")]
    [InlineData("""{"title":"A title","content":"short"}""", "content")]
    [InlineData("""{"title":"A title","content":7}""", "content")]
    [InlineData("""{"title":"A title","content":"Long enough content","category":"gossip"}""", "category")]
    [InlineData("""["title"]""", "$")]
    [InlineData("", "")]
    public async Task Invalid_announcements_are_400_and_do_not_use_the_allowance(string body, string errorKey)
    {
        await using var sandbox = await StartAsync();
        var problem = await ReadProblemAsync(await sandbox.PostAsync("v1/projects/@me/announcements", body), HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem["errors"]![errorKey]!.AsArray());

        await ReadJsonAsync(await sandbox.PostAsync("v1/projects/@me/announcements", Announcement), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Titles_over_100_and_contents_over_2000_characters_are_refused()
    {
        await using var sandbox = await StartAsync();
        var body = $$"""{"title":"{{new string('t', 101)}}","content":"{{new string('c', 2001)}}"}""";
        var problem = await ReadProblemAsync(await sandbox.PostAsync("v1/projects/@me/announcements", body), HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["title"]);
        Assert.NotNull(problem["errors"]!["content"]);
    }
}
