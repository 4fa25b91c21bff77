namespace Guildhall.Osu.Authentication;

/// <summary>
/// The start of the authorization code flow: send the user's browser to <see cref="Url"/>, then pass the address the
/// browser comes back to, with this request, to <see cref="OsuOAuthClient.ReadAuthorizationCode"/>.
/// </summary>
/// <param name="Url">The <c>/oauth/authorize</c> address to open.</param>
/// <param name="State">The random value the callback must echo, against cross-site request forgery.</param>
/// <param name="RedirectUri">The registered callback the browser returns to; the code exchange must repeat it.</param>
/// <param name="Scopes">The scopes asked for.</param>
public sealed record OsuAuthorizationRequest(Uri Url, string State, Uri RedirectUri, IReadOnlyList<string> Scopes);
