using Guildhall.Osu.Authentication;

namespace Guildhall.Osu.Tests.Authentication;

public sealed class OsuTokenOwnerTests
{
    private const string Secret = "sbx-osu-7f3a9c2e5d1b-40070";

    private static readonly OsuTokenOwner Sandbox = OsuTokenOwner.For(new Uri("http://127.0.0.1:5080/osu/"), 40070, Secret);

    [Theory]
    [InlineData("http://127.0.0.1:5080/osu/", 40070, "sandbox-osu-client-secret-40071")]
    [InlineData("http://127.0.0.1:5080/osu/", 40071, Secret)]
    [InlineData("http://127.0.0.1:5099/osu/", 40070, Secret)]
    [InlineData("https://127.0.0.1:5080/osu/", 40070, Secret)]
    [InlineData("http://127.0.0.1:5080/", 40070, Secret)]
    [InlineData("https://osu.ppy.sh/", 40070, Secret)]
    public void Another_site_client_or_secret_is_another_owner(string site, long clientId, string secret)
    {
        var other = OsuTokenOwner.For(new Uri(site), clientId, secret);

        Assert.NotEqual(Sandbox, other);
        Assert.NotEqual(Sandbox.Key, other.Key);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080/osu")]
    [InlineData("HTTP://127.0.0.1:5080/osu/")]
    [InlineData("http://127.0.0.1:5080/osu/?x=1")]
    public void One_site_spelled_differently_is_the_same_owner(string site)
    {
        var same = OsuTokenOwner.For(new Uri(site), 40070, Secret);

        Assert.Equal(Sandbox, same);
        Assert.Equal(Sandbox.GetHashCode(), same.GetHashCode());
        Assert.Equal(new Uri("http://127.0.0.1:5080/osu/"), same.Site);
    }

    [Fact]
    public void The_options_name_their_owner_and_nothing_shows_the_secret()
    {
        var owner = OsuTokenOwner.For(new OsuClientOptions { BaseAddress = new Uri("http://127.0.0.1:5080/osu/"), ClientId = 40070, ClientSecret = Secret });

        Assert.Equal(Sandbox, owner);
        Assert.Equal("client 40070 at http://127.0.0.1:5080/osu/", owner.ToString());
        Assert.Matches("^[0-9a-f]{64}$", owner.SecretHash);
        Assert.DoesNotContain(Secret, owner.Key, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_parts_are_refused()
    {
        Assert.Throws<ArgumentException>(() => OsuTokenOwner.For(new Uri("/osu/", UriKind.Relative), 40070, Secret));
        Assert.Throws<ArgumentOutOfRangeException>(() => OsuTokenOwner.For(new Uri("https://osu.ppy.sh/"), 0, Secret));
        Assert.Throws<ArgumentException>(() => OsuTokenOwner.For(new Uri("https://osu.ppy.sh/"), 40070, ""));
    }
}
