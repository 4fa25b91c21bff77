using System.CommandLine;
using Guildhall.Osu;
using Guildhall.Osu.Authentication;

namespace Guildhall.Cli.Commands.Osu;

/// <summary>
/// <c>guildhall osu login</c>: the authorization code flow on this machine. It prints the osu! address to open, waits on
/// 127.0.0.1 for the browser to come back to the redirect URI, exchanges the code and stores the user's session in the
/// token store, so later commands can act as the user with <c>--session</c>.
/// </summary>
internal static class OsuLoginCommand
{
    public static Command Create(OsuCommandOptions options)
    {
        var redirect = new Option<string>("--redirect-uri")
        {
            Description = "The callback registered for the OAuth application; it must be http on 127.0.0.1 or localhost.",
            DefaultValueFactory = _ => "http://127.0.0.1:7270/callback",
        };
        var scopes = new Option<string>("--scopes")
        {
            Description = "The scopes to ask for, separated by spaces.",
            DefaultValueFactory = _ => $"{OsuScopes.Identify} {OsuScopes.Public} {OsuScopes.FriendsRead}",
        };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for the browser.", DefaultValueFactory = _ => 300 };
        var command = new Command("login", "Authorize the application as your osu! account and store the session.") { redirect, scopes, timeout };
        CommandRunner.SetAction(
            command,
            (parse, cancellationToken) => LoginAsync(options, parse, parse.GetValue(redirect)!, parse.GetValue(scopes)!, parse.GetValue(timeout), cancellationToken),
            listenAddress: redirect);
        return command;
    }

    private static async Task LoginAsync(OsuCommandOptions options, ParseResult parse, string redirectUri, string scopes, int timeoutSeconds, CancellationToken cancellationToken)
    {
        await using var storage = options.CreateStorage(parse);
        await using var listener = await LoopbackRedirectListener.StartAsync(new Uri(redirectUri), cancellationToken).ConfigureAwait(false);
        var request = storage.OAuth.CreateAuthorizationRequest(
            scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries), listener.RedirectUri);
        Console.WriteLine("Open this address in a browser and authorize the application:");
        Console.WriteLine(request.Url.AbsoluteUri);
        Console.WriteLine($"Waiting for osu! to send the browser back to {listener.RedirectUri} ...");
        Uri callback;
        try
        {
            callback = await listener.WaitForCallbackAsync(TimeSpan.FromSeconds(timeoutSeconds), cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException exception)
        {
            throw new CommandException(
                $"the browser did not come back to {listener.RedirectUri} within {timeoutSeconds} seconds: run the command again, and allow more time with --timeout if you need it.",
                CommandFailure.Failed,
                exception);
        }

        OsuClient client;
        try
        {
            client = await storage.CompleteAuthorizationAsync(callback, request, cancellationToken).ConfigureAwait(false);
        }
        catch (OsuAuthorizationException exception)
        {
            throw new InvalidOperationException(exception.Message, exception);
        }

        var me = await client.Users.GetMeAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"Logged in as {me.Username} ({me.Id}); the session is stored in {Path.GetFullPath(parse.GetValue(options.TokenStore)!)}.");
        Console.WriteLine($"Act as this user with: --session {me.Id}");
    }
}
