using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Guildhall.Osu.Json;
using Guildhall.Osu.Models;

namespace Guildhall.Benchmarks.Osu;

/// <summary>
/// Reading osu! bodies the way the client does (the package's serializer metadata into the models it returns) beside
/// two floors on the same bytes: a bare <see cref="Utf8JsonReader"/> pass over every token (the baseline) and
/// <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/>. The bodies are the recorded real
/// responses where they are beside the repository, else the sandbox's (the setup prints which). A short job keeps runs
/// cheap on a shared machine.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class OsuDeserializationBenchmarks
{
    private byte[] _body = [];
    private Func<byte[], object> _read = null!;

    /// <summary>The body: the name of the call it answers.</summary>
    [ParamsSource(nameof(Bodies))]
    public string Body { get; set; } = "";

    public static IEnumerable<string> Bodies => OsuBenchmarkBodies.Names;

    [GlobalSetup]
    public void SetUp()
    {
        _body = OsuBenchmarkBodies.Get(Body);
        _read = Body switch
        {
            "get_user" => body => JsonSerializer.Deserialize(body, OsuJson.TypeInfo<User>())!,
            "search_beatmapsets" => body => JsonSerializer.Deserialize(body, OsuJson.TypeInfo<BeatmapsetSearchResult>())!,
            "get_beatmapset" => body => JsonSerializer.Deserialize(body, OsuJson.TypeInfo<Beatmapset>())!,
            "get_user_bests" => body => JsonSerializer.Deserialize(body, OsuJson.TypeInfo<IReadOnlyList<Score>>())!,
            _ => throw new InvalidOperationException($"No model reads {Body}."),
        };
        Console.WriteLine($"// {Body}: {_body.Length:N0} bytes from {OsuBenchmarkBodies.Source}");
    }

    [Benchmark(Baseline = true)]
    public int Utf8JsonReaderFloor()
    {
        var reader = new Utf8JsonReader(_body);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    [Benchmark]
    public JsonValueKind JsonDocumentParse()
    {
        using var document = JsonDocument.Parse(_body);
        return document.RootElement.ValueKind;
    }

    [Benchmark]
    public object GuildhallModels() => _read(_body);

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(4).WithIterationCount(12));
            AddColumn(new ThroughputColumn(shareOfFloor: false), new ThroughputColumn(shareOfFloor: true));
            WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
        }
    }
}
