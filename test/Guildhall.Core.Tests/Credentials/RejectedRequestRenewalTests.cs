using System.Net;
using System.Net.Http.Headers;
using Guildhall.Core.Credentials;
using Guildhall.Core.Errors;

namespace Guildhall.Core.Tests.Credentials;

public sealed class RejectedRequestRenewalTests
{
    [Fact]
    public async Task The_provider_sees_the_credentials_the_refused_request_carried()
    {
        var provider = new RotatingProvider();
        using var http = new HttpClient(new AcceptOnly("fresh"));
        using var transport = new ApiTransport(http, new ApiTransportOptions { ApiName = "test", BaseAddress = new Uri("http://api.test/"), Credentials = provider });

        var response = await transport.SendAsync(new ApiRequest(HttpMethod.Get, "thing"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["stale"], provider.Rejected);
    }

    [Fact]
    public async Task A_second_401_after_renewing_surfaces_as_unauthorized()
    {
        var provider = new RotatingProvider();
        using var http = new HttpClient(new AcceptOnly("never"));
        using var transport = new ApiTransport(http, new ApiTransportOptions { ApiName = "test", BaseAddress = new Uri("http://api.test/"), Credentials = provider });

        await Assert.ThrowsAsync<ApiUnauthorizedException>(() => transport.SendAsync(new ApiRequest(HttpMethod.Get, "thing")));
        Assert.Equal(["stale"], provider.Rejected);
    }

    private sealed class RotatingProvider : ICredentialProvider
    {
        private string _token = "stale";

        public List<string?> Rejected { get; } = [];

        public ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
            return ValueTask.CompletedTask;
        }

        public ValueTask<bool> TryRenewAfterUnauthorizedAsync(HttpRequestMessage rejectedRequest, CancellationToken cancellationToken)
        {
            Rejected.Add(rejectedRequest.Headers.Authorization?.Parameter);
            _token = "fresh";
            return ValueTask.FromResult(true);
        }
    }

    private sealed class AcceptOnly(string token) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(request.Headers.Authorization?.Parameter == token ? HttpStatusCode.OK : HttpStatusCode.Unauthorized)
            {
                Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
            });
    }
}
