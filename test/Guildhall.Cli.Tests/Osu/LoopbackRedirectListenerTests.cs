using System.Net;
using Guildhall.Cli.Commands.Osu;

namespace Guildhall.Cli.Tests.Osu;

public sealed class LoopbackRedirectListenerTests
{
    [Fact]
    public async Task The_browser_coming_back_hands_over_the_callback_address()
    {
        await using var listener = await LoopbackRedirectListener.StartAsync(new Uri("http://127.0.0.1:0/osu/callback"), CancellationToken.None);
        using var browser = new HttpClient();

        using var page = await browser.GetAsync(new Uri(listener.RedirectUri, "?code=abc&state=xyz"));
        var callback = await listener.WaitForCallbackAsync(TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("close this window", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("127.0.0.1", listener.RedirectUri.Host);
        Assert.NotEqual(0, listener.RedirectUri.Port);
        Assert.Equal("/osu/callback", callback.AbsolutePath);
        Assert.Equal("?code=abc&state=xyz", callback.Query);
    }

    [Theory]
    [InlineData("https://127.0.0.1:7270/callback")]
    [InlineData("http://example.com/callback")]
    public async Task Only_plain_http_on_this_machine_is_accepted(string redirect)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => LoopbackRedirectListener.StartAsync(new Uri(redirect), CancellationToken.None));
    }
}
