using Guildhall.Cli.Commands.TopGg;
using Guildhall.Cli.Output;

namespace Guildhall.Cli.Tests;

/// <summary>The command line's records that carry a secret print it redacted, should one reach a log or a debugger.</summary>
public sealed class RecordRedactionTests
{
    private const string Secret = "redaction-probe-value";

    [Fact]
    public void Polympics_credentials_print_without_the_token()
    {
        var answer = new PolympicsCredentialsAnswer("S123", "S123:" + Secret, null);

        var text = answer.ToString();

        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.Contains("Username = S123", text, StringComparison.Ordinal);
        Assert.Contains("Credentials = (redacted)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_test_vote_delivery_prints_without_its_secret()
    {
        var delivery = new TestVoteDelivery { V2 = true, IsServer = false, TargetId = 1, UserId = 2, IsTest = false, IsWeekend = false, Secret = "whs_" + Secret };

        var text = delivery.ToString();

        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.Contains("Secret = (redacted)", text, StringComparison.Ordinal);
        Assert.Contains("UserId = 2", text, StringComparison.Ordinal);
    }
}
