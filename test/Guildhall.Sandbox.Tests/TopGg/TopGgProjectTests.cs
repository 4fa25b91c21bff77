using System.Net;
using System.Text.Json.Nodes;
using static Guildhall.Sandbox.Tests.TopGg.TopGgSandbox;
using static Guildhall.Sandbox.TopGg.TopGgSandboxCredentials;

namespace Guildhall.Sandbox.Tests.TopGg;

public sealed class TopGgProjectTests
{
    private static readonly string LongContent = "# Guildhall\n\n" + new string('x', 320);

    [Fact]
    public async Task Get_me_describes_the_tokens_project()
    {
        await using var sandbox = await StartAsync();
        var project = (await ReadJsonAsync(await sandbox.GetAsync("v1/projects/@me"), HttpStatusCode.OK)).AsObject();
        var bot = await ReadJsonAsync(await sandbox.GetAsync($"bots/{BotId}"), HttpStatusCode.OK);

        Assert.Equal(
            ["id", "name", "type", "platform", "platform_id", "headline", "tags", "votes", "votes_total", "review_score", "review_count"],
            project.Select(p => p.Key));
        Assert.Equal(ProjectId.ToString(), (string?)project["id"]);
        Assert.Equal(BotId.ToString(), (string?)project["platform_id"]);
        Assert.Equal("Guildhall Sandbox", (string?)project["name"]);
        Assert.Equal("bot", (string?)project["type"]);
        Assert.Equal("discord", (string?)project["platform"]);
        Assert.Equal((string?)bot["shortdesc"], (string?)project["headline"]);
        Assert.Equal((long)bot["monthlyPoints"]!, (long)project["votes"]!);
        Assert.Equal((long)bot["points"]!, (long)project["votes_total"]!);
        Assert.Equal(37, (long)project["review_count"]!);

        var other = await ReadJsonAsync(await sandbox.GetAsync("v1/projects/@me", Bearer(OtherBotToken)), HttpStatusCode.OK);
        Assert.Equal(OtherProjectId.ToString(), (string?)other["id"]);
    }

    [Theory]
    [InlineData("page_content")]
    [InlineData("content")]
    public async Task Patch_me_sets_localized_texts_and_answers_all_of_them(string contentName)
    {
        await using var sandbox = await StartAsync();
        var body = new JsonObject
        {
            ["headline"] = new JsonObject { ["en"] = "A sandbox bot with a new headline", ["de"] = "Ein Sandkasten-Bot" },
            [contentName] = new JsonObject { ["fr"] = LongContent },
        }.ToJsonString();

        var answer = await ReadJsonAsync(await sandbox.SendAsync(HttpMethod.Patch, "v1/projects/@me", Bearer(Token), body), HttpStatusCode.OK);

        Assert.Equal("A sandbox bot with a new headline", (string?)answer["headline"]!["en"]);
        Assert.Equal("Ein Sandkasten-Bot", (string?)answer["headline"]!["de"]);
        Assert.Equal(LongContent, (string?)answer["page_content"]!["fr"]);
        Assert.NotNull(answer["page_content"]!["en"]);
        var project = await ReadJsonAsync(await sandbox.GetAsync("v1/projects/@me"), HttpStatusCode.OK);
        Assert.Equal("A sandbox bot with a new headline", (string?)project["headline"]);
        var bot = await ReadJsonAsync(await sandbox.GetAsync($"bots/{BotId}"), HttpStatusCode.OK);
        Assert.Equal("A sandbox bot with a new headline", (string?)bot["shortdesc"]);

        var edits = (await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Get, "project-edits"), HttpStatusCode.OK)).AsArray();
        Assert.Equal(body, Assert.Single(edits)!["body"]!.ToJsonString());
        Assert.Equal("PATCH", (string?)edits[0]!["method"]);
    }

    [Fact]
    public async Task Patch_me_accepts_a_plain_string_as_english()
    {
        await using var sandbox = await StartAsync();
        var answer = await ReadJsonAsync(
            await sandbox.SendAsync(HttpMethod.Patch, "v1/projects/@me", Bearer(Token), """{"headline":"Plain headline"}"""), HttpStatusCode.OK);
        Assert.Equal("Plain headline", (string?)answer["headline"]!["en"]);
    }

    [Theory]
    [InlineData("""{"headline":{"en":"ab"}}""", "headline.en")]
    [InlineData("""{"headline":{"xx":"A fine headline"}}""", "headline.xx")]
    [InlineData("""{"headline":{"en":5}}""", "headline.en")]
    [InlineData("""{"page_content":{"en":"too short"}}""", "page_content.en")]
    [InlineData("""{"content":"too short"}""", "content")]
    [InlineData("""{"headline":[1]}""", "headline")]
    [InlineData("""{}""", "")]
    [InlineData("""[]""", "$")]
    public async Task Patch_me_validates_lengths_and_locales(string body, string errorKey)
    {
        await using var sandbox = await StartAsync();
        var before = await ReadJsonAsync(await sandbox.GetAsync("v1/projects/@me"), HttpStatusCode.OK);
        var problem = await ReadProblemAsync(
            await sandbox.SendAsync(HttpMethod.Patch, "v1/projects/@me", Bearer(Token), body), HttpStatusCode.BadRequest);

        Assert.Equal("One or more validation errors occurred.", (string?)problem["title"]);
        Assert.NotEmpty(problem["errors"]![errorKey]!.AsArray());
        Assert.Matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$", (string?)problem["traceId"]);
        var after = await ReadJsonAsync(await sandbox.GetAsync("v1/projects/@me"), HttpStatusCode.OK);
        Assert.Equal(before.ToJsonString(), after.ToJsonString());
    }

    [Fact]
    public async Task Patch_me_rejects_a_page_content_over_50000_characters()
    {
        await using var sandbox = await StartAsync();
        var body = new JsonObject { ["page_content"] = new JsonObject { ["en"] = new string('y', 50_001) } }.ToJsonString();
        var problem = await ReadProblemAsync(await sandbox.SendAsync(HttpMethod.Patch, "v1/projects/@me", Bearer(Token), body), HttpStatusCode.BadRequest);
        Assert.Contains("50000", (string?)problem["errors"]!["page_content.en"]![0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("{\"headline\":", "$")]
    public async Task Empty_and_malformed_bodies_are_validation_problems(string body, string errorKey)
    {
        await using var sandbox = await StartAsync();
        var problem = await ReadProblemAsync(
            await sandbox.SendAsync(HttpMethod.Patch, "v1/projects/@me", Bearer(Token), body), HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem["errors"]![errorKey]!.AsArray());
    }
}
