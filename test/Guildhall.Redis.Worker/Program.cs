using Guildhall.Redis.Worker;

// Usage (one JSON line on standard output after the progress lines; exit code 2 for bad arguments):
//   osu-refresh --redis <endpoint> --base-url <osu root> --client-id <id> --client-secret <secret> --session <id> --go-key <key> [--lease-ms <ms>] [--refresh-prefix <prefix>] [--no-single-flight]
//   vote-receiver --redis <endpoint> --auth <legacy authorization> --prefix <key prefix> [--local-dedupe]
//   vote-consumer --redis <endpoint> --prefix <key prefix> --name <consumer> --claim-ms <ms> [--hang-on <voter>]
try
{
    var arguments = WorkerArguments.Parse(args);
    var summary = arguments.Command switch
    {
        "osu-refresh" => await OsuRefreshRace.RunAsync(arguments).ConfigureAwait(false),
        "vote-receiver" => await VoteReceiver.RunAsync(arguments).ConfigureAwait(false),
        "vote-consumer" => await VoteConsumer.RunAsync(arguments).ConfigureAwait(false),
        _ => throw new ArgumentException($"Unknown command '{arguments.Command}'."),
    };
    await Console.Out.WriteLineAsync(summary).ConfigureAwait(false);
    return 0;
}
catch (ArgumentException exception)
{
    await Console.Error.WriteLineAsync("error: " + exception.Message).ConfigureAwait(false);
    return 2;
}
