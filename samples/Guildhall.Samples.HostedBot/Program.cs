using Guildhall.Samples.HostedBot;
using Guildhall.Sandbox.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// Against the offline sandbox, in one command (the sandbox starts in this process on a free loopback port, and
// delivers one signed vote to the bot once it listens):
//   dotnet run --project samples/Guildhall.Samples.HostedBot -- --sandbox
// Against the real services, or a sandbox started elsewhere: set the GUILDHALL_* variables (see README.md) and run
// without --sandbox.
var sandboxMode = args.Contains("--sandbox");
await using var sandbox = sandboxMode ? await GuildhallSandbox.StartOnLoopbackAsync() : null;
var builder = HostedBot.CreateBuilder([.. args.Where(arg => arg != "--sandbox")], sandbox is null ? null : SandboxSettings.For(sandbox));
using var host = builder.Build();
await host.StartAsync();

if (sandbox is not null)
{
    var receiver = host.Services.GetRequiredService<VoteReceiver>();
    var delivery = await sandbox.DeliverVoteAsync(receiver.Endpoint, SandboxSettings.WebhookSecret);
    Console.Error.WriteLine($"sandbox: a signed vote to {receiver.Endpoint} was {delivery.Status} (answers: {string.Join(", ", delivery.StatusCodes)})");
}

await host.WaitForShutdownAsync();
