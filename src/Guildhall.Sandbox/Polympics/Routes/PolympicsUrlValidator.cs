using System.Net.Sockets;
using System.Net;
using System.Text.RegularExpressions;
using Guildhall.Sandbox.Polympics.Wire;

namespace Guildhall.Sandbox.Polympics.Routes;

/// <summary>
/// pydantic v1's <c>HttpUrl</c>: http or https, at most 2083 characters, and a host that is an IP address or a domain
/// with a top-level domain (so <c>http://localhost/</c> is refused while <c>http://127.0.0.1:8080/</c> is accepted).
/// </summary>
internal static partial class PolympicsUrlValidator
{
    private const int MaxLength = 2083;

    public static PolympicsIssue? Validate(string url, object[] location)
    {
        if (url.Length > MaxLength)
        {
            return new(location, $"ensure this value has at most {MaxLength} characters", "value_error.any_str.max_length",
                new JsonObject { ["limit_value"] = MaxLength });
        }

        var match = UrlShape().Match(url);
        if (!match.Groups["scheme"].Success)
        {
            return new(location, "invalid or missing URL scheme", "value_error.url.scheme");
        }

        var scheme = match.Groups["scheme"].Value.ToLowerInvariant();
        if (scheme is not ("http" or "https"))
        {
            return new(location, "URL scheme not permitted", "value_error.url.scheme",
                new JsonObject { ["allowed_schemes"] = new JsonArray("http", "https") });
        }

        var host = match.Groups["host"].Value;
        if (host.Length == 0)
        {
            return new(location, "URL host invalid", "value_error.url.host");
        }

        var isAddress = (host.StartsWith('[') && host.EndsWith(']'))
            || (IPAddress.TryParse(host, out var address) && address.AddressFamily == AddressFamily.InterNetwork && host.Count(c => c == '.') == 3);
        if (!isAddress && !TopLevelDomain().IsMatch(host))
        {
            return new(location, "URL host invalid, top level domain required", "value_error.url.host");
        }

        if (match.Groups["port"].Success && (!int.TryParse(match.Groups["port"].ValueSpan, out var port) || port > 65535))
        {
            return new(location, "URL port invalid, port cannot exceed 65535", "value_error.url.port");
        }

        return null;
    }

    [GeneratedRegex(@"^(?:(?<scheme>[a-zA-Z][a-zA-Z0-9+.\-]*)://)?(?:[^\s/@]*@)?(?<host>\[[^\]]*\]|[^\s/:?#]*)(?::(?<port>\d+))?", RegexOptions.CultureInvariant)]
    private static partial Regex UrlShape();

    [GeneratedRegex(@"\.[a-zA-Z]{2,63}\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex TopLevelDomain();
}
