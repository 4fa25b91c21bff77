using Guildhall.Core.Credentials;
using Guildhall.Core.RateLimiting;
using Guildhall.Testing;

namespace Guildhall.Core.Tests.Clients;

/// <summary>An imaginary API's client, built on Core's parts the way the four client packages build theirs.</summary>
public class SampleClient : ApiClient
{
    public SampleClient(HttpClient? httpClient, SampleClientOptions options)
        : this(new SampleConnection(httpClient, options))
    {
    }

    protected SampleClient()
    {
        Things = new SampleThingsClient(null);
    }

    private SampleClient(SampleConnection connection)
        : base(connection)
    {
        Connection = connection;
        Things = new SampleThingsClient(connection);
    }

    public virtual SampleThingsClient Things { get; }

    public bool ReleasedOwnResources { get; private set; }

    internal SampleConnection? Connection { get; }

    public virtual Task<string> PingAsync(CancellationToken cancellationToken = default) =>
        GetConnection<SampleConnection>().GetTextAsync("ping", cancellationToken);

    public static SampleClient Over(StubHandler handler, TimeProvider clock) =>
        new(new HttpClient(handler), new SampleClientOptions { Key = "sample-key", TimeProvider = clock, RateLimitStore = new InMemoryRateLimitStore(clock) });

    protected override void Dispose(bool disposing)
    {
        ReleasedOwnResources = disposing;
        base.Dispose(disposing);
    }
}

/// <summary>The imaginary API's sub-client.</summary>
public class SampleThingsClient : ApiSubClient
{
    internal SampleThingsClient(SampleConnection? connection)
        : base(connection)
    {
    }

    protected SampleThingsClient()
    {
    }

    public virtual Task<string> GetAsync(int id, CancellationToken cancellationToken = default) =>
        GetConnection<SampleConnection>().GetTextAsync("things/" + id, cancellationToken);
}

/// <summary>The imaginary API's connection, with the one thing it adds: a key sent raw.</summary>
internal sealed class SampleConnection(HttpClient? httpClient, SampleClientOptions options)
    : ApiConnection(httpClient, options.ToTransportOptions(new AuthorizationHeaderCredential(options.Key!)), typeof(SampleClient))
{
    public int Disposals { get; private set; }

    public async Task<string> GetTextAsync(string path, CancellationToken cancellationToken)
    {
        var response = await SendAsync(CreateRequest(HttpMethod.Get, path, "sample.get"), cancellationToken).ConfigureAwait(false);
        return System.Text.Encoding.UTF8.GetString(response.Body.Span);
    }

    protected override void Dispose(bool disposing)
    {
        Disposals++;
        base.Dispose(disposing);
    }
}
