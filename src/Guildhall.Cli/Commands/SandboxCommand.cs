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
        var command = new Command("sandbox", "Serve the offline sandbox (Top.gg, osu!, Tatsu, Polympics) until Ctrl+C.") { urls };
        CommandRunner.SetAction(command, (parse, cancellationToken) => ServeAsync(parse.GetValue(urls)!, cancellationToken), listenAddress: urls);
        return command;
    }

    private static async Task ServeAsync(string urls, CancellationToken cancellationToken)
    {
        await using var host = await SandboxHost.StartAsync(new SandboxOptions { Urls = urls }, cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"Guildhall sandbox listening on {host.BaseAddress}");
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
