using System.CommandLine;
using Guildhall.Sandbox.Hosting;

namespace Guildhall.Cli.Commands;

/// <summary><c>guildhall sandbox</c>: serves every emulated API until stopped.</summary>
internal static class SandboxCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = "The address to listen on.",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };
        var faults = FaultProfileOptions.CreateProfile();
        var seed = FaultProfileOptions.CreateSeed();
        var allowRemoteDelivery = new Option<bool>("--allow-remote-delivery")
        {
            Description = "Deliver vote webhooks and callbacks to any host; by default only to loopback (127.0.0.1, [::1], localhost).",
        };
        var command = new Command("sandbox", "Serve the offline sandbox (Top.gg, osu!, Tatsu, Polympics) until Ctrl+C.") { urls, faults, seed, allowRemoteDelivery };
        command.Subcommands.Add(SandboxEnvCommand.Create());
        CommandRunner.SetAction(
            command,
            (parse, cancellationToken) => ServeAsync(
                new SandboxOptions
                {
                    Urls = parse.GetValue(urls)!,
                    FaultProfile = parse.GetValue(faults),
                    FaultSeed = parse.GetValue(seed),
                    AllowRemoteDelivery = parse.GetValue(allowRemoteDelivery),
                },
                cancellationToken),
            listenAddress: urls);
        return command;
    }

    private static async Task ServeAsync(SandboxOptions options, CancellationToken cancellationToken)
    {
        await using var host = await SandboxHost.StartAsync(options, cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"Guildhall sandbox listening on {host.BaseAddress}");
        if (options.FaultProfile is { } profile)
        {
            Console.WriteLine($"Fault profile '{profile}' (seed {options.FaultSeed}); switch it at {host.BaseAddress}_sandbox/faults/profile");
        }

        Console.WriteLine(options.AllowRemoteDelivery
            ? "Vote webhooks and callbacks go to any host (--allow-remote-delivery)."
            : "Vote webhooks and callbacks go only to loopback targets; --allow-remote-delivery lifts that.");
        Console.WriteLine($"  Top.gg     {host.GetApiBase("topgg/api")}");
        Console.WriteLine($"  osu!       {host.GetApiBase("osu")}");
        Console.WriteLine($"  Tatsu      {host.GetApiBase("tatsu/v1")}");
        Console.WriteLine($"  Polympics  {host.GetApiBase("polympics")}");
        Console.WriteLine("Credentials:");
        foreach (var credential in host.Credentials)
        {
            Console.WriteLine($"  {credential.Api,-10} {credential.Name,-24} {credential.Value}");
            Console.WriteLine($"  {"",-10} {"",-24} {credential.Description}");
        }

        Console.WriteLine($"Point every command at it from another shell: eval \"$(guildhall sandbox env --url {host.BaseAddress.AbsoluteUri.TrimEnd('/')})\"");
        Console.WriteLine("Press Ctrl+C to stop.");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Console.WriteLine("Stopping.");
        }
    }
}
