using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static Guildhall.TopGg.Tests.Webhooks.WebhookSamples;

namespace Guildhall.TopGg.AspNetCore.Tests;

public sealed class WebhookLoggingTests
{
    [Fact]
    public async Task Refusals_and_handler_failures_are_logged_with_their_reason_and_never_with_a_secret()
    {
        var provider = new CapturingLoggerProvider();
        await using var host = await WebhookTestHost.StartAsync(
            app => app.MapTopGgWebhooks("/dbl", (_, _) => throw new InvalidOperationException("database down")),
            services: services => services.AddLogging(logging => logging.AddProvider(provider).SetMinimumLevel(LogLevel.Debug)));

        using var refused = await host.PostLegacyAsync("/dbl", LegacyBotVote, "a-guess-at-the-secret");
        using var failed = await host.PostSignedAsync("/dbl", VoteCreate);

        var lines = provider.Lines.Where(line => line.Category == "Guildhall.TopGg.Webhooks").ToList();
        Assert.Contains(lines, line => line.Level == LogLevel.Warning && line.Message.Contains("refused on /dbl with 401: InvalidCredentials", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Level == LogLevel.Error && line.Message.Contains("answered 500 so Top.gg retries", StringComparison.Ordinal) && line.Exception is InvalidOperationException);
        Assert.All(lines, line =>
        {
            Assert.DoesNotContain(Secret, line.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(Authorization, line.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("a-guess-at-the-secret", line.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("661200758510977084", line.Message, StringComparison.Ordinal);
        });
    }
}
