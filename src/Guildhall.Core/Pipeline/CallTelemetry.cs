using System.Diagnostics;
using System.Globalization;
using Guildhall.Core.Errors;
using Guildhall.Core.Telemetry;

namespace Guildhall.Core.Pipeline;

/// <summary>
/// What one transport reports about its calls, named after the OpenTelemetry HTTP client conventions
/// (<c>http.request.method</c>, <c>http.response.status_code</c>, <c>server.address</c>, <c>server.port</c>,
/// <c>error.type</c>, <c>http.request.resend_count</c>) plus <c>guildhall.*</c> attributes. Every
/// <see cref="ApiTransport.SendAsync(ApiRequest, CancellationToken)"/> is one activity, so a paged listing is one per
/// page it fetches.
/// </summary>
internal sealed class CallTelemetry(ApiTransportOptions options)
{
    private readonly string _serverAddress = options.BaseAddress.Host;
    private readonly int _serverPort = options.BaseAddress.Port;

    private string ApiName => options.ApiName;

    private TimeProvider Clock => options.TimeProvider;

    /// <summary>Starts the activity and the clock of one call.</summary>
    public Call Start(ApiRequest request, string operation)
    {
        var activity = GuildhallTelemetry.ActivitySource.StartActivity(operation, ActivityKind.Client);
        if (activity is not null)
        {
            activity.SetTag(GuildhallTelemetry.Tags.Api, options.ApiName);
            activity.SetTag(GuildhallTelemetry.Tags.Operation, operation);
            activity.SetTag("http.request.method", request.Method.Method);
            activity.SetTag("server.address", _serverAddress);
            activity.SetTag("server.port", _serverPort);
        }

        return new Call(this, activity, request.Method.Method, operation, options.TimeProvider.GetTimestamp());
    }

    /// <summary>Counts one attempt by its answer's status code or, without one, its error type.</summary>
    public void Attempted(string operation, int? statusCode, Exception? exception)
    {
        // Without a listener the tags (a boxed status code among them) would be built for nothing.
        if (!GuildhallTelemetry.Requests.Enabled)
        {
            return;
        }

        GuildhallTelemetry.Requests.Add(
            1,
            new(GuildhallTelemetry.Tags.Api, options.ApiName),
            new(GuildhallTelemetry.Tags.Operation, operation),
            statusCode is { } status ? new("http.response.status_code", status) : new("error.type", exception?.GetType().FullName));
    }

    /// <summary>Counts a retry, by its reason: the status code, or <c>network</c>.</summary>
    public void Retrying(string reason) =>
        GuildhallTelemetry.Retries.Add(1, new(GuildhallTelemetry.Tags.Api, options.ApiName), new(GuildhallTelemetry.Tags.RetryReason, reason));

    public void RateLimitWaited(TimeSpan waited)
    {
        if (waited > TimeSpan.Zero)
        {
            GuildhallTelemetry.RateLimitWait.Record(waited.TotalSeconds, new KeyValuePair<string, object?>(GuildhallTelemetry.Tags.Api, options.ApiName));
        }
    }

    public void RateLimitRefused() =>
        GuildhallTelemetry.RateLimitRefusals.Add(1, new KeyValuePair<string, object?>(GuildhallTelemetry.Tags.Api, options.ApiName));

    /// <summary>One call in progress: ends its activity and records its duration with its outcome.</summary>
    internal sealed class Call(CallTelemetry owner, Activity? activity, string method, string operation, long started) : IDisposable
    {
        private string _outcome = GuildhallTelemetry.Outcomes.Error;
        private int? _statusCode;
        private string? _errorType;

        public void Retried(int retries) => activity?.SetTag("http.request.resend_count", retries);

        public void Succeeded(int statusCode)
        {
            _outcome = GuildhallTelemetry.Outcomes.Success;
            _statusCode = statusCode;
            activity?.SetTag("http.response.status_code", statusCode);
        }

        /// <summary>
        /// Marks the call failed. An API's answer keeps its status code, and its <c>error.type</c> is that code, as the
        /// conventions ask; any other failure's <c>error.type</c> is the exception's type.
        /// </summary>
        public void Failed(Exception exception, bool cancelled)
        {
            _outcome = cancelled ? GuildhallTelemetry.Outcomes.Canceled : GuildhallTelemetry.Outcomes.Error;
            _statusCode = exception is GuildhallApiException { StatusCode: { } status } ? (int)status : null;
            _errorType = _statusCode is { } code ? code.ToString(CultureInfo.InvariantCulture) : exception.GetType().FullName;
            if (activity is not null)
            {
                if (_statusCode is { } answered)
                {
                    activity.SetTag("http.response.status_code", answered);
                }

                activity.SetTag("error.type", _errorType);
                activity.SetStatus(ActivityStatusCode.Error, exception is TimeoutException ? "timeout" : exception.GetType().Name);
            }
        }

        public void Dispose()
        {
            activity?.SetTag(GuildhallTelemetry.Tags.Outcome, _outcome);
            activity?.Dispose();
            if (!GuildhallTelemetry.CallDuration.Enabled)
            {
                return;
            }

            var tags = new TagList
            {
                { GuildhallTelemetry.Tags.Api, owner.ApiName },
                { GuildhallTelemetry.Tags.Operation, operation },
                { GuildhallTelemetry.Tags.Outcome, _outcome },
                { "http.request.method", method },
            };
            if (_statusCode is { } status)
            {
                tags.Add("http.response.status_code", status);
            }

            if (_errorType is not null)
            {
                tags.Add("error.type", _errorType);
            }

            GuildhallTelemetry.CallDuration.Record(owner.Clock.GetElapsedTime(started).TotalSeconds, tags);
        }
    }
}
