using Guildhall.Core.Credentials;

namespace Guildhall.TopGg.Http;

/// <summary>
/// Sends the token as <c>Bearer</c> to v1 routes (the only form they accept) and to v0 routes, unless it is a legacy
/// token, which v0 takes raw. Never exposes the token.
/// </summary>
internal sealed class TopGgCredential : ICredentialProvider
{
    private readonly string _bearer;
    private readonly string _v0Header;
    private readonly string _v1Root;

    public TopGgCredential(TopGgToken token, bool legacyToken, Uri baseAddress)
    {
        _bearer = "Bearer " + token.Value;
        _v0Header = legacyToken ? token.Value : _bearer;
        var root = baseAddress.AbsoluteUri.TrimEnd('/');
        _v1Root = root + "/v1/";
    }

    public ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var isV1 = request.RequestUri?.AbsoluteUri.StartsWith(_v1Root, StringComparison.OrdinalIgnoreCase) == true;

        // Without validation: a raw legacy token has no scheme, which the typed header would reject.
        request.Headers.TryAddWithoutValidation("Authorization", isV1 ? _bearer : _v0Header);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => "Top.gg token (redacted)";
}
