using System.Collections.Concurrent;

namespace Guildhall.Sandbox.TopGg.Auth;

/// <summary>The tokens the sandbox accepts. Tokens are looked up by value, as an opaque secret.</summary>
internal sealed class TokenRegistry
{
    private readonly ConcurrentDictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);

    public void Add(IssuedToken token) => _tokens[token.Value] = token;

    public IssuedToken? Find(string value) => _tokens.GetValueOrDefault(value);
}
