namespace Guildhall.Fuzz;

/// <summary>
/// Runs a harness over files without afl: how CI proves each harness builds and starts, and how a crash afl saved is
/// replayed under a debugger.
/// </summary>
internal static class PlainRun
{
    public static int Run(HarnessEntry entry, IEnumerable<string> paths)
    {
        var files = paths
            .SelectMany(path => Directory.Exists(path) ? Directory.EnumerateFiles(path) : [path])
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            Console.Error.WriteLine($"{entry.Name}: no inputs.");
            return 2;
        }

        var harness = entry.Create();
        foreach (var file in files)
        {
            try
            {
                harness.Run(File.ReadAllBytes(file));
            }
            catch (Exception exception)
            {
                Console.Error.WriteLine($"{entry.Name}: crash on {file}: {exception}");
                return 1;
            }
        }

        Console.WriteLine($"{entry.Name}: {files.Count} inputs, no crash.");
        return 0;
    }
}
