using System.CommandLine;
using Guildhall.Cli.Output;
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
        PrintBanner(Console.Out, host, options, TerminalWidth.Current);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Console.WriteLine("Stopping.");
        }
    }

    // Each credential's value gets a line of its own, never wrapped or cut, so it can be copied whole.
    private static void PrintBanner(TextWriter output, SandboxHost host, SandboxOptions options, int width)
    {
        void Say(string prefix, string text, int indent = 2) => DisplayText.WriteWrapped(output, text, width, prefix, indent);

        Say("", $"Guildhall sandbox listening on {host.BaseAddress}");
        if (options.FaultProfile is { } profile)
        {
            Say("", $"Fault profile '{profile}' (seed {options.FaultSeed}); switch it at {host.BaseAddress}_sandbox/faults/profile");
        }

        Say("", options.AllowRemoteDelivery
            ? "Vote webhooks and callbacks go to any host (--allow-remote-delivery)."
            : "Vote webhooks and callbacks go only to loopback targets; --allow-remote-delivery lifts that.");
        foreach (var (api, prefix) in new[] { ("Top.gg", "topgg/api"), ("osu!", "osu"), ("Tatsu", "tatsu/v1"), ("Polympics", "polympics") })
        {
            Say($"  {api,-10} ", host.GetApiBase(prefix).AbsoluteUri, indent: 13);
        }

        output.WriteLine("Credentials:");
        foreach (var credential in host.Credentials)
        {
            Say("  ", $"{credential.Api} {credential.Name}: {credential.Description}", indent: 4);
            output.WriteLine("    " + credential.Value);
        }

        output.WriteLine("Point every command at it from another shell:");
        output.WriteLine($"  eval \"$(guildhall sandbox env --url {host.BaseAddress.AbsoluteUri.TrimEnd('/')})\"");
        Say("", "Press Ctrl+C to stop.");
    }
}
