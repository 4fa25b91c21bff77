using Guildhall.Testing;

namespace Guildhall.Fuzz.Tests;

/// <summary>
/// Each fuzzing harness builds and starts: the harness program, run as a real process without afl, reads its whole seed
/// corpus and finds no crash. The long runs under afl-fuzz are fuzz/run.sh's, not CI's.
/// </summary>
public sealed class HarnessSmokeTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(3);

    private static readonly string[] HarnessNames = ["topgg-webhook", "polympics-callback", "response-body", "models"];

    public static TheoryData<string> Harnesses => new(HarnessNames);

    [Theory]
    [MemberData(nameof(Harnesses))]
    public async Task The_harness_reads_its_whole_seed_corpus_without_a_crash(string harness)
    {
        var corpus = Path.Combine(FuzzFolder(), "corpus", harness);
        var inputs = Directory.GetFiles(corpus).Length;

        await using var run = await DotnetProcess.RunAsync("Guildhall.Fuzz.dll", Bound, harness, "--plain", corpus);

        Assert.True(run.ExitCode == 0, string.Join(Environment.NewLine, run.ErrorLines));
        Assert.Contains($"{harness}: {inputs} inputs, no crash.", run.OutputLines);
        Assert.True(inputs >= 3, $"The {harness} corpus has {inputs} seeds.");
    }

    [Fact]
    public async Task Every_harness_has_a_seed_corpus_and_every_corpus_a_harness()
    {
        await using var run = await DotnetProcess.RunAsync("Guildhall.Fuzz.dll", Bound, "--list");

        var listed = run.OutputLines.Select(line => line.Split('\t')[0]).Order(StringComparer.Ordinal);
        var corpora = Directory.GetDirectories(Path.Combine(FuzzFolder(), "corpus")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(corpora, listed);
        Assert.Equal(HarnessNames.Order(StringComparer.Ordinal), listed);
    }

    [Fact]
    public async Task The_webhook_body_fuzzing_found_to_crash_the_verifier_is_now_a_rejection()
    {
        var input = Path.Combine(Path.GetTempPath(), $"fuzz-smoke-{Guid.NewGuid():N}");
        // One byte picks the legacy format and the rest is a body with a byte that is not UTF-8 inside a string: before
        // the parser checked for UTF-8 this escaped the verifier as an InvalidOperationException.
        await File.WriteAllBytesAsync(input, [0, .. "fuzz-legacy-authorization\n{\"bot\":\"1\",\"user\":\"2\",\"type\":\"upvot"u8, 0x8F, .. "\"}"u8]);
        try
        {
            await using var run = await DotnetProcess.RunAsync("Guildhall.Fuzz.dll", Bound, "topgg-webhook", "--plain", input);

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("topgg-webhook: 1 inputs, no crash.", run.OutputLines);
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static string FuzzFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "fuzz", "corpus");
            if (Directory.Exists(candidate))
            {
                return Path.Combine(folder.FullName, "fuzz");
            }
        }

        throw new DirectoryNotFoundException($"No fuzz/corpus above {AppContext.BaseDirectory}.");
    }
}
