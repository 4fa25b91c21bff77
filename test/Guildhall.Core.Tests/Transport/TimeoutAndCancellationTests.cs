using System.Net;
using Guildhall.Core.Credentials;
using Guildhall.Core.Errors;
using Guildhall.Core.Tests.Support;
using Guildhall.Testing;

namespace Guildhall.Core.Tests.Transport;

public sealed class TimeoutAndCancellationTests
{
    [Fact]
    public async Task A_call_that_outlives_its_budget_throws_timeout()
    {
        var (transport, _, time) = TransportFactory.Create(
            h => h.Then(async (_, token) => { await Task.Delay(Timeout.Infinite, token); return StubHandler.Response(HttpStatusCode.OK); }),
            o => o.With(timeout: TimeSpan.FromSeconds(10)));

        var error = await Assert.ThrowsAsync<TimeoutException>(() => time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Get, "slow"))));

        Assert.Contains("00:00:10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_budget_that_runs_out_while_the_body_is_read_is_still_a_timeout()
    {
        var (transport, handler, time) = TransportFactory.Create(configure: o => o.With(timeout: TimeSpan.FromSeconds(10)));
        handler.Then((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new StallingStream(time)) }));

        await Assert.ThrowsAsync<TimeoutException>(() => time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Get, "slow-body"))));
    }

    [Fact]
    public async Task Cancelling_mid_request_surfaces_as_cancellation_not_timeout()
    {
        var started = new TaskCompletionSource();
        var (transport, _, _) = TransportFactory.Create(h => h.Then(async (_, token) =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, token);
            return StubHandler.Response(HttpStatusCode.OK);
        }));
        using var cancellation = new CancellationTokenSource();

        var call = transport.SendAsync(new ApiRequest(HttpMethod.Get, "slow"), cancellation.Token);
        await started.Task;
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    [Fact]
    public async Task Retries_stop_when_the_budget_would_be_exceeded()
    {
        var (transport, handler, time) = TransportFactory.Create(
            h => h.Then(HttpStatusCode.ServiceUnavailable, "{}", configure: r => r.Headers.Add("Retry-After", "20")).Then(HttpStatusCode.OK, "{}"),
            o => o.With(timeout: TimeSpan.FromSeconds(15)));

        await Assert.ThrowsAsync<ApiServerException>(() => time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Get, "x")), horizon: TimeSpan.FromSeconds(5)));

        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Credentials_are_applied_to_every_attempt_and_renewed_once_after_a_401()
    {
        var credential = new RotatingCredential();
        var (transport, handler, time) = TransportFactory.Create(
            h => h.Then(HttpStatusCode.Unauthorized, "{}").Then(HttpStatusCode.OK, "{}"),
            o => new ApiTransportOptions { ApiName = o.ApiName, BaseAddress = o.BaseAddress, TimeProvider = o.TimeProvider, Credentials = credential });

        await time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Get, "me")));

        Assert.Equal(["Bearer token-1", "Bearer token-2"], handler.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task A_second_401_after_renewal_surfaces()
    {
        var credential = new RotatingCredential();
        var (transport, handler, time) = TransportFactory.Create(
            h => h.Then(HttpStatusCode.Unauthorized, "{}").Then(HttpStatusCode.Unauthorized, "{}").Then(HttpStatusCode.OK, "{}"),
            o => new ApiTransportOptions { ApiName = o.ApiName, BaseAddress = o.BaseAddress, TimeProvider = o.TimeProvider, Credentials = credential });

        await Assert.ThrowsAsync<ApiUnauthorizedException>(() => time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Get, "me"))));

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Anonymous_requests_carry_no_credentials()
    {
        var (transport, handler, time) = TransportFactory.Create(h => h.Then(HttpStatusCode.OK, "{}"));

        await time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Get, "public") { Authenticated = false }));

        Assert.Null(Assert.Single(handler.Requests).Authorization);
    }

    [Fact]
    public async Task Paths_are_resolved_under_the_base_path()
    {
        var (transport, handler, time) = TransportFactory.Create(h => h.Then(HttpStatusCode.OK, "{}"));

        await time.RunUntilCompleteAsync(transport.SendAsync(new ApiRequest(HttpMethod.Get, "/bots/1?x=a%20b")));

        Assert.Equal("https://api.example/v1/bots/1?x=a%20b", Assert.Single(handler.Requests).Uri.AbsoluteUri);
    }

    [Fact]
    public void Invalid_options_are_rejected_when_the_transport_is_built()
    {
        Assert.Throws<ArgumentException>(() => new ApiTransport(new HttpClient(), new ApiTransportOptions { ApiName = "x", BaseAddress = new Uri("/relative", UriKind.Relative) }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ApiTransport(new HttpClient(), new ApiTransportOptions { ApiName = "x", BaseAddress = new Uri("https://a"), Retry = new RetryOptions { MaxRetries = -1 } }));
    }

    /// <summary>A body that sends a few bytes, then stalls until the read is cancelled, failing as sockets do: with an IOException.</summary>
    private sealed class StallingStream(TimeProvider time) : Stream
    {
        private bool _sentStart;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (!_sentStart)
            {
                _sentStart = true;
                buffer.Span[0] = (byte)'{';
                return 1;
            }

            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, time, cancellationToken);
            }
            catch (OperationCanceledException exception)
            {
                throw new IOException("The connection was closed while the body was read.", exception);
            }

            return 0;
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Flush() => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class RotatingCredential : ICredentialProvider
    {
        private int _generation = 1;

        public ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.TryAddWithoutValidation("Authorization", $"Bearer token-{_generation}");
            return ValueTask.CompletedTask;
        }

        public ValueTask<bool> TryRenewAfterUnauthorizedAsync(CancellationToken cancellationToken)
        {
            _generation++;
            return ValueTask.FromResult(true);
        }
    }
}
