using System.Collections.Specialized;

namespace Guildhall.Osu.Tests.Infrastructure;

/// <summary>A request the stub server received.</summary>
internal sealed record StubRequest(
    string Method,
    string Path,
    NameValueCollection Query,
    string PathAndQuery,
    string? Authorization,
    string? ApiVersion,
    string? ContentType,
    string Body);
