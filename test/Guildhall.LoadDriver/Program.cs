using Guildhall.LoadDriver;

// Usage (one JSON line on standard output; exit code 0 when the run went as asked, 2 for bad arguments):
//   topgg   --store <spec> --base-url <url> --token <token> --route weekend|bots --callers <n> --seconds <s>
//   acquire --store <spec> --key <key> --limit <n> --window-ms <ms> --attempts <n>
//   hold    --store <spec> --key <key> --limit <n> --window-ms <ms> --in-flight-ms <ms>
// where <spec> is memory, redis:<configuration> or sqlite:<path>.
try
{
    var arguments = DriverArguments.Parse(args);
    await using var store = await DriverStore.OpenAsync(arguments.Require("store")).ConfigureAwait(false);
    var summary = arguments.Command switch
    {
        "topgg" => await TopGgLoad.RunAsync(arguments, store.Store).ConfigureAwait(false),
        "acquire" => await SlotCommands.AcquireAsync(arguments, store.Store).ConfigureAwait(false),
        "hold" => await SlotCommands.HoldAsync(arguments, store.Store).ConfigureAwait(false),
        _ => throw new ArgumentException($"Unknown command '{arguments.Command}': topgg, acquire or hold."),
    };
    await Console.Out.WriteLineAsync(summary).ConfigureAwait(false);
    return 0;
}
catch (ArgumentException exception)
{
    await Console.Error.WriteLineAsync("error: " + exception.Message).ConfigureAwait(false);
    return 2;
}
