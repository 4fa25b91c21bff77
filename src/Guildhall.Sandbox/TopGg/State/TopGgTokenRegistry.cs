using System.Collections.Concurrent;

namespace Guildhall.Sandbox.TopGg.State;

/// <summary>The tokens the sandbox accepts. Tokens are looked up by value, as an opaque secret.</summary>
internal sealed class TopGgTokenRegistry
{
    private readonly ConcurrentDictionary<string, TopGgIssuedToken> _tokens = new(StringComparer.Ordinal);

    public void Add(TopGgIssuedToken token) => _tokens[token.Value] = token;

    public TopGgIssuedToken? Find(string value) => _tokens.GetValueOrDefault(value);
}
