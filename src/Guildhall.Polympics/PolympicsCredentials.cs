using System.Globalization;
using System.Text;

namespace Guildhall.Polympics;

/// <summary>
/// HTTP Basic credentials for Polympics: a username <c>A&lt;id&gt;</c> (an app) or <c>S&lt;id&gt;</c> (a user session) and
/// its token. <see cref="ToString"/> never shows the token.
/// </summary>
public sealed class PolympicsCredentials
{
    /// <summary>Creates credentials.</summary>
    /// <param name="username"><c>A&lt;id&gt;</c> or <c>S&lt;id&gt;</c> (the letter in either case).</param>
    /// <param name="token">The token the server issued.</param>
    /// <exception cref="ArgumentException">The username is not a letter A or S followed by a number, or the token is empty.</exception>
    public PolympicsCredentials(string username, string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(username);
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        Kind = char.ToUpperInvariant(username[0]) switch
        {
            'A' => PolympicsCredentialKind.App,
            'S' => PolympicsCredentialKind.Session,
            _ => throw new ArgumentException("A Polympics username is A<id> for an app or S<id> for a user session.", nameof(username)),
        };
        if (!long.TryParse(username.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            throw new ArgumentException("A Polympics username is a letter followed by a number, for example A3 or S42.", nameof(username));
        }

        if (token.Contains(':', StringComparison.Ordinal) || !Ascii.IsValid(token))
        {
            // The server decodes the Basic pair as ASCII; a token it issued is base64 and never contains either.
            throw new ArgumentException("A Polympics token is ASCII without ':' (the server issues base64 tokens).", nameof(token));
        }

        Username = username;
        Token = token;
    }

    /// <summary>The username, <c>A&lt;id&gt;</c> or <c>S&lt;id&gt;</c>.</summary>
    public string Username { get; }

    /// <summary>The token (the Basic password). Keep it out of logs.</summary>
    public string Token { get; }

    /// <summary>Whether these are an app's or a session's credentials.</summary>
    public PolympicsCredentialKind Kind { get; }

    /// <summary>The parameter of the <c>Authorization: Basic</c> header.</summary>
    internal string BasicParameter => Convert.ToBase64String(Encoding.ASCII.GetBytes($"{Username}:{Token}"));

    /// <summary>The username only; the token is redacted.</summary>
    public override string ToString() => $"{Username} (token redacted)";
}
