using System.Diagnostics;
using Guildhall.Testing;
using Guildhall.Testing.SecretAudit;
using Microsoft.Extensions.Logging;

namespace Guildhall.Core.Tests.SecretAudit;

/// <summary>
/// The secrets audit that ends every test project's run can fail: a secret planted in each channel it watches is found
/// there, reported by where and by fingerprint, and never printed. The planted secret is made at run time, so the run's
/// own audit (which looks for configured secrets) does not see it.
/// </summary>
public sealed partial class SecretAuditCollectorTests
{
    private static readonly string Planted = "planted-" + Guid.NewGuid().ToString("N");

    private static readonly AuditedSecret Secret = new("Planted.Secret", Planted);

    [Fact]
    public void A_secret_in_a_thrown_exception_message_is_found()
    {
        using var collector = SecretAuditCollector.Start([Secret]);

        try
        {
            throw new InvalidOperationException("the call failed for token " + Planted[3..20]);
        }
        catch (InvalidOperationException)
        {
            // Thrown only to be seen by the audit.
        }

        AssertFoundOnlyIn(collector, "the message of a thrown InvalidOperationException");
    }

    [Fact]
    public void A_secret_in_an_activity_tag_is_found()
    {
        using var collector = SecretAuditCollector.Start([Secret]);
        using var source = new ActivitySource("Guildhall.Tests.SecretAudit");

        using (var activity = source.StartActivity("planting"))
        {
            activity!.SetTag("http.request.header.authorization", "Bearer " + Planted);
        }

        AssertFoundOnlyIn(collector, "activity Guildhall.Tests.SecretAudit/planting");
    }

    [Fact]
    public void A_secret_in_a_log_line_of_any_host_logger_or_of_the_capturing_provider_is_found()
    {
        using var collector = SecretAuditCollector.Start([Secret]);
        using (var factory = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddEventSourceLogger()))
        {
            var logger = factory.CreateLogger("Planting.EventSource");
            Refreshed(logger, Planted);
        }

        using (var capturing = new CapturingLoggerProvider())
        using (var factory = capturing.CreateFactory())
        {
            KeyUsed(factory.CreateLogger("Planting.Capturing"), Planted[^14..]);
        }

        Assert.Contains(collector.Leaks, leak => leak.Where.StartsWith("log line (FormattedMessage) of Planting.EventSource", StringComparison.Ordinal));
        Assert.Contains(collector.Leaks, leak => leak.Where == "log line of Planting.Capturing");
        AssertReportHidesTheSecret(collector);
    }

    [Fact]
    public void A_run_of_eleven_characters_is_not_a_leak_and_one_of_twelve_is()
    {
        using var collector = SecretAuditCollector.Start([Secret]);

        collector.Observe("eleven", "x" + Planted[5..16] + "x");
        collector.Observe("twelve", "x" + Planted[5..17] + "x");

        Assert.Equal(["twelve"], collector.Leaks.Select(leak => leak.Where));
    }

    [Fact]
    public void A_stopped_collector_sees_nothing_more()
    {
        var collector = SecretAuditCollector.Start([Secret]);
        collector.Dispose();

        SecretAuditChannels.Observe("after the end", Planted);

        Assert.Empty(collector.Leaks);
    }

    [Fact]
    public void The_suite_audit_is_running_and_looks_for_the_sandbox_credentials()
    {
        var suite = SecretAuditCollector.Suite;

        Assert.NotNull(suite);
        Assert.Contains(suite.Secrets, secret => secret.Name == "OsuSandboxCredentials.ClientSecret");
        Assert.Contains(suite.Secrets, secret => secret.Name == "TatsuSandboxCredentials.GuildmasterKey");
        Assert.DoesNotContain(suite.Secrets, secret => secret.Name.Contains("Username", StringComparison.Ordinal));
    }

    private static void AssertFoundOnlyIn(SecretAuditCollector collector, string where)
    {
        Assert.Contains(collector.Leaks, leak => leak.Where == where && leak.Secret == Secret);
        AssertReportHidesTheSecret(collector);
    }

    private static void AssertReportHidesTheSecret(SecretAuditCollector collector)
    {
        var report = collector.Report();
        Assert.Contains(Secret.Fingerprint, report, StringComparison.Ordinal);
        Assert.Empty(new SecretMatcher([Secret]).Find(report));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "refreshed with {RefreshToken}")]
    private static partial void Refreshed(ILogger logger, string refreshToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "key {Key}")]
    private static partial void KeyUsed(ILogger logger, string key);
}
