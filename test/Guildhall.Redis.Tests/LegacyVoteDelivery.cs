using System.Globalization;
using System.Text;

namespace Guildhall.Redis.Tests;

/// <summary>A legacy bot vote as Top.gg posts it, for the receivers of these tests.</summary>
internal static class LegacyVoteDelivery
{
    public static HttpRequestMessage Create(Uri target, string authorization, ulong voter)
    {
        var body = string.Create(CultureInfo.InvariantCulture, $$"""{"bot":"1108398810645790727","user":"{{voter}}","type":"upvote","isWeekend":false}""");
        var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return request;
    }
}
