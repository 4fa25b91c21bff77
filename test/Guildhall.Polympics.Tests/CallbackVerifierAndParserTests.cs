using System.Text;
using System.Text.Json.Nodes;
using Guildhall.Polympics.Callbacks;
using Guildhall.Polympics.Models;

namespace Guildhall.Polympics.Tests;

public sealed class CallbackVerifierAndParserTests
{
    private const string Body = """
        {"account": {"id": "310473552284467201", "name": "Athena", "discriminator": "0001", "avatar_url": null,
          "team": {"id": 3, "name": "Polar Bears", "created_at": 1732636800.123456, "member_count": 3, "awards": []},
          "permissions": 32, "created_at": 1732636800.5, "awards": [{"id": 1, "title": "Perfect 10 Gold", "image_url": "https://x.example/g.png"}]},
         "team": {"id": 3, "name": "Polar Bears", "created_at": 1732636800.123456, "member_count": 3, "awards": []}}
        """;

    private readonly PolympicsCallbackVerifier _verifier = new("sw0rdfish");

    [Fact]
    public void The_right_secret_is_accepted()
    {
        Assert.True(_verifier.IsAuthorized("Bearer sw0rdfish"));
        Assert.True(_verifier.IsAuthorized("bearer sw0rdfish"));
    }

    [Theory]
    [InlineData("Bearer sw0rdfisH")]
    [InlineData("Bearer sw0rdfish2")]
    [InlineData("Bearer sw0rd")]
    [InlineData("Basic sw0rdfish")]
    [InlineData("sw0rdfish")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("")]
    public void A_wrong_secret_or_scheme_is_refused(string header)
    {
        Assert.False(_verifier.IsAuthorized(header));
    }

    [Fact]
    public void A_missing_header_is_refused()
    {
        Assert.False(_verifier.IsAuthorized(null));
    }

    [Fact]
    public void The_verifier_never_shows_its_secret()
    {
        Assert.DoesNotContain("sw0rdfish", _verifier.ToString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new PolympicsCallbackVerifier(""));
    }

    [Fact]
    public async Task An_account_team_update_is_parsed_from_bytes_and_streams()
    {
        var fromBytes = PolympicsCallbackParser.ParseAccountTeamUpdate(Encoding.UTF8.GetBytes(Body));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Body));
        var fromStream = await PolympicsCallbackParser.ParseAccountTeamUpdateAsync(stream);

        foreach (var parsed in new[] { fromBytes, fromStream })
        {
            Assert.Equal(310473552284467201ul, parsed.Account.Id);
            Assert.Null(parsed.Account.AvatarUrl);
            Assert.Equal(3, parsed.Team!.Id);
            Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_732_636_800_123), parsed.Team.CreatedAt);
            Assert.Equal(PolympicsPermissions.ManageOwnTeam, parsed.Account.Permissions);
        }
    }

    [Fact]
    public void Leaving_a_team_parses_as_a_null_team()
    {
        var node = JsonNode.Parse(Body)!;
        node["team"] = null;
        Assert.Null(PolympicsCallbackParser.ParseAccountTeamUpdate(Encoding.UTF8.GetBytes(node.ToJsonString())).Team);
    }

    [Theory]
    [InlineData("{\"account\": {\"id\": \"31047")]
    [InlineData("{\"team\": null}")]
    [InlineData("null")]
    [InlineData("<html></html>")]
    public void A_body_that_is_not_an_event_is_a_format_error(string body)
    {
        Assert.Throws<FormatException>(() => PolympicsCallbackParser.ParseAccountTeamUpdate(Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public void Event_names_round_trip()
    {
        Assert.Equal("account_team_update", PolympicsEventNames.ToWire(PolympicsEventType.AccountTeamUpdate));
        Assert.Equal(PolympicsEventType.AccountTeamUpdate, PolympicsEventNames.Parse("account_team_update"));
        Assert.Equal(PolympicsEventType.Unknown, PolympicsEventNames.Parse("vote"));
    }
}
