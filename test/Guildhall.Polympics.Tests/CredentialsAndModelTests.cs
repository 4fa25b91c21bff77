using System.Text;
using System.Text.Json;
using Guildhall.Polympics.Json;
using Guildhall.Polympics.Models;

namespace Guildhall.Polympics.Tests;

public sealed class CredentialsAndModelTests
{
    [Theory]
    [InlineData("A3", PolympicsCredentialKind.App)]
    [InlineData("a3", PolympicsCredentialKind.App)]
    [InlineData("S42", PolympicsCredentialKind.Session)]
    public void The_kind_follows_the_username(string username, PolympicsCredentialKind kind)
    {
        Assert.Equal(kind, new PolympicsCredentials(username, "dG9rZW4=").Kind);
    }

    [Theory]
    [InlineData("X3", "dG9rZW4=")]
    [InlineData("A", "dG9rZW4=")]
    [InlineData("Aone", "dG9rZW4=")]
    [InlineData("A3", "")]
    [InlineData("A3", "to:ken")]
    [InlineData("A3", "tökén")]
    public void Malformed_credentials_are_refused(string username, string token)
    {
        Assert.ThrowsAny<ArgumentException>(() => new PolympicsCredentials(username, token));
    }

    [Fact]
    public void The_basic_header_encodes_username_and_token()
    {
        var credentials = new PolympicsCredentials("A3", "c2VjcmV0");
        Assert.Equal("A3:c2VjcmV0", Encoding.ASCII.GetString(Convert.FromBase64String(credentials.BasicParameter)));
        Assert.DoesNotContain("c2VjcmV0", credentials.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_client_refuses_credentials_of_the_other_kind()
    {
        var session = new PolympicsCredentials("S1", "dG9rZW4=");
        var app = new PolympicsCredentials("A1", "dG9rZW4=");
        Assert.Throws<ArgumentException>(() => new PolympicsAppClient(session));
        Assert.Throws<ArgumentException>(() => new PolympicsUserClient(app));
    }

    [Fact]
    public void Options_are_checked_when_the_client_is_built()
    {
        Assert.Throws<ArgumentException>(() => new PolympicsClient(new PolympicsClientOptions { BaseAddress = new Uri("/relative", UriKind.Relative) }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PolympicsClient(new PolympicsClientOptions { Timeout = TimeSpan.FromSeconds(-1) }));
        Assert.Throws<ArgumentException>(() => new PolympicsClient(new PolympicsClientOptions { UserAgent = " " }));
    }

    [Fact]
    public void Secrets_stay_out_of_to_string()
    {
        var session = new PolympicsSession { Username = "S1", Token = "c2Vzc2lvbi1zZWNyZXQ=", ExpiresAt = DateTimeOffset.UnixEpoch };
        var app = new PolympicsAppCredentials { Username = "A1", Token = "YXBwLXNlY3JldA==" };
        var update = new PolympicsAccountUpdate { DiscordToken = "discord-secret" };
        Assert.DoesNotContain("c2Vzc2lvbi1zZWNyZXQ", session.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("YXBwLXNlY3JldA", app.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("discord-secret", update.ToString(), StringComparison.Ordinal);
        Assert.Contains("S1", session.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"310473552284467201\"")]
    [InlineData("310473552284467201")]
    public void Account_ids_are_read_from_strings_or_numbers(string id)
    {
        var account = JsonSerializer.Deserialize($"{{\"id\":{id},\"created_at\":1732636800.5}}", PolympicsJson.TypeInfo<PolympicsAccount>())!;
        Assert.Equal(310473552284467201ul, account.Id);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_732_636_800_500), account.CreatedAt);
        Assert.Empty(account.Awards);
        Assert.Null(account.Team);
    }

    [Fact]
    public void Requests_leave_unset_fields_out_and_send_no_team_as_zero()
    {
        var update = JsonSerializer.Serialize(new PolympicsAccountUpdate { Team = PolympicsTeamChange.NoTeam, GrantPermissions = PolympicsPermissions.ManageAwards }, PolympicsJson.TypeInfo<PolympicsAccountUpdate>());
        Assert.Equal("{\"team\":0,\"grant_permissions\":64}", update);
        var award = JsonSerializer.Serialize(new PolympicsAwardUpdate { Title = "Gold" }, PolympicsJson.TypeInfo<PolympicsAwardUpdate>());
        Assert.Equal("{\"title\":\"Gold\"}", award);
        Assert.Throws<ArgumentOutOfRangeException>(() => PolympicsTeamChange.To(0));
    }

    [Fact]
    public void Unknown_callback_events_read_as_unknown()
    {
        var callback = JsonSerializer.Deserialize("{\"id\":4,\"event\":\"something_new\",\"url\":\"https://x.example/\"}", PolympicsJson.TypeInfo<PolympicsCallback>())!;
        Assert.Equal(PolympicsEventType.Unknown, callback.Event);
    }

    [Fact]
    public void Type_info_is_only_for_polympics_models()
    {
        Assert.Throws<ArgumentException>(() => PolympicsJson.TypeInfo<Version>());
    }
}
