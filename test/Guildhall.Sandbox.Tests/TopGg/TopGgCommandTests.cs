using System.Net;
using static Guildhall.Sandbox.Tests.TopGg.TopGgSandbox;
using static Guildhall.Sandbox.TopGg.TopGgSandboxCredentials;

namespace Guildhall.Sandbox.Tests.TopGg;

public sealed class TopGgCommandTests
{
    private const string Commands =
        """
        [
          {"name":"vote","description":"Vote for the bot on Top.gg","type":1,
           "options":[{"name":"remind","description":"Remind me in 12 hours","type":5}]},
          {"name":"settings","description":"Bot settings",
           "options":[{"name":"show","description":"Show the settings","type":1,
                       "options":[{"name":"section","description":"Which section","type":3}]}]},
          {"name":"Report message","type":3}
        ]
        """;

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    public async Task Commands_accept_post_and_put_with_an_empty_204(string method)
    {
        await using var sandbox = await StartAsync();
        var response = await sandbox.SendAsync(new HttpMethod(method), "v1/projects/@me/commands", Bearer(Token), Commands);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var posted = (await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Get, "commands"), HttpStatusCode.OK)).AsArray();
        var record = Assert.Single(posted)!;
        Assert.Equal(method, (string?)record["method"]);
        Assert.Equal(3, record["body"]!.AsArray().Count);
        Assert.Equal("Report message", (string?)record["body"]![2]!["name"]);
    }

    [Fact]
    public async Task An_empty_array_clears_the_commands()
    {
        await using var sandbox = await StartAsync();
        var response = await sandbox.SendAsync(HttpMethod.Put, "v1/projects/@me/commands", Bearer(Token), "[]");
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task An_empty_body_gets_the_documented_validation_problem()
    {
        await using var sandbox = await StartAsync();
        var problem = await ReadProblemAsync(
            await sandbox.SendAsync(HttpMethod.Post, "v1/projects/@me/commands", Bearer(Token), ""), HttpStatusCode.BadRequest);

        Assert.Equal("https://tools.ietf.org/html/rfc9110#section-15.5.1", (string?)problem["type"]);
        Assert.Equal("One or more validation errors occurred.", (string?)problem["title"]);
        Assert.Equal("A non-empty request body is required.", (string?)problem["errors"]![""]![0]);
        Assert.Equal("The createPackets field is required.", (string?)problem["errors"]!["createPackets"]![0]);
        Assert.Matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$", (string?)problem["traceId"]);
    }

    [Theory]
    [InlineData("[{\"name\":", "$")]
    [InlineData("""{"name":"vote"}""", "$")]
    [InlineData("""[42]""", "[0]")]
    [InlineData("""[{"description":"no name"}]""", "[0].name")]
    [InlineData("""[{"name":"Vote","description":"upper case"}]""", "[0].name")]
    [InlineData("""[{"name":"has space","description":"spaces"}]""", "[0].name")]
    [InlineData("""[{"name":"vote"}]""", "[0].description")]
    [InlineData("""[{"name":"vote","description":""}]""", "[0].description")]
    [InlineData("""[{"name":"Report","type":3,"description":"not allowed"}]""", "[0].description")]
    [InlineData("""[{"name":"vote","description":"x","type":9}]""", "[0].type")]
    [InlineData("""[{"name":"vote","description":"x"},{"name":"vote","description":"y"}]""", "[1].name")]
    [InlineData("""[{"name":"vote","description":"x","options":{}}]""", "[0].options")]
    [InlineData("""[{"name":"vote","description":"x","options":[{"name":"a","description":"b"}]}]""", "[0].options[0].type")]
    [InlineData("""[{"name":"vote","description":"x","options":[{"name":"a","description":"b","type":12}]}]""", "[0].options[0].type")]
    public async Task Invalid_commands_are_400_with_errors_by_path_and_are_not_kept(string body, string errorKey)
    {
        await using var sandbox = await StartAsync();
        var problem = await ReadProblemAsync(
            await sandbox.SendAsync(HttpMethod.Put, "v1/projects/@me/commands", Bearer(Token), body), HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem["errors"]![errorKey]!.AsArray());
        Assert.NotNull(problem["traceId"]);
        Assert.Empty((await ReadJsonAsync(await sandbox.AdminAsync(HttpMethod.Get, "commands"), HttpStatusCode.OK)).AsArray());
    }

    [Fact]
    public async Task Commands_with_more_than_25_options_are_refused()
    {
        await using var sandbox = await StartAsync();
        var options = string.Join(",", Enumerable.Range(0, 26).Select(i => $$"""{"name":"o{{i}}","description":"d","type":3}"""));
        var problem = await ReadProblemAsync(
            await sandbox.SendAsync(HttpMethod.Put, "v1/projects/@me/commands", Bearer(Token), $$"""[{"name":"big","description":"d","options":[{{options}}]}]"""),
            HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem["errors"]!["[0].options"]!.AsArray());
    }
}
