using Guildhall.Fuzz;
using SharpFuzz;

// Usage: Guildhall.Fuzz <harness>                       under afl-fuzz (afl feeds the input)
//        Guildhall.Fuzz <harness> --plain <file|dir>...  each input once, in this process; exits 1 on the first crash
//        Guildhall.Fuzz --list                          the harnesses
//        Guildhall.Fuzz --models                        which leading bytes pick which model (for writing seeds)
if (args is ["--list"])
{
    foreach (var each in HarnessEntry.All)
    {
        Console.WriteLine($"{each.Name}\t{each.Description}");
    }

    return 0;
}

if (args is ["--models"])
{
    foreach (var line in ModelHarness.Catalog)
    {
        Console.WriteLine(line);
    }

    return 0;
}

var entry = args.Length > 0 ? HarnessEntry.All.FirstOrDefault(each => each.Name == args[0]) : null;
if (entry is null)
{
    await Console.Error.WriteLineAsync($"usage: Guildhall.Fuzz <harness> [--plain <file|dir>...]; harnesses: {string.Join(", ", HarnessEntry.All.Select(each => each.Name))}");
    return 2;
}

if (args.Length > 1 && args[1] == "--plain")
{
    return PlainRun.Run(entry, args[2..]);
}

FuzzHarness? harness = null;
Fuzzer.OutOfProcess.Run(stream =>
{
    harness ??= entry.Create();
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    harness.Run(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
});
return 0;
