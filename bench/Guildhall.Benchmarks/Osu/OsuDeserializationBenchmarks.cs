using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Guildhall.Core.Json;
using Guildhall.Osu.Json;
using Guildhall.Osu.Models;

namespace Guildhall.Benchmarks.Osu;

/// <summary>
/// Reading osu! bodies (written by the sandbox in the real API's shapes) into the package's models: with the
/// source-generated metadata the client uses, against reflection-based System.Text.Json configured the same way (names,
/// converters, number handling) on the same types.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class OsuDeserializationBenchmarks
{
    private JsonTypeInfo<BeatmapsetSearchResult> _searchGenerated = null!;
    private JsonTypeInfo<User> _userGenerated = null!;
    private JsonTypeInfo<BeatmapsetSearchResult> _searchReflection = null!;
    private JsonTypeInfo<User> _userReflection = null!;

    [GlobalSetup]
    public void SetUp()
    {
        _searchGenerated = OsuJson.TypeInfo<BeatmapsetSearchResult>();
        _userGenerated = OsuJson.TypeInfo<User>();
        var reflection = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
            Converters =
            {
                new FlexibleDateTimeOffsetConverter(),
                new NullableFlexibleDateTimeOffsetConverter(),
                new TolerantEnumConverter<GameMode>(),
                new TolerantEnumConverter<RankStatus>(),
                new TolerantEnumConverter<ScoreRank>(),
                new TolerantEnumConverter<UserRelationType>(),
            },
        };
        _searchReflection = (JsonTypeInfo<BeatmapsetSearchResult>)reflection.GetTypeInfo(typeof(BeatmapsetSearchResult));
        _userReflection = (JsonTypeInfo<User>)reflection.GetTypeInfo(typeof(User));

        // Both sides must read the same thing, or the comparison means nothing.
        if (SearchPageSourceGenerated().Beatmapsets.Count != SearchPageReflection().Beatmapsets.Count
            || UserSourceGenerated().StatisticsByMode?.Mania?.Pp != UserReflection().StatisticsByMode?.Mania?.Pp)
        {
            throw new InvalidOperationException("The two serializers disagree on the sample bodies.");
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("search page (50 sets, 203 KB)")]
    public BeatmapsetSearchResult SearchPageSourceGenerated() => JsonSerializer.Deserialize(OsuSampleBodies.SearchPage, _searchGenerated)!;

    [Benchmark]
    [BenchmarkCategory("search page (50 sets, 203 KB)")]
    public BeatmapsetSearchResult SearchPageReflection() => JsonSerializer.Deserialize(OsuSampleBodies.SearchPage, _searchReflection)!;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("full user (/me, 22 KB)")]
    public User UserSourceGenerated() => JsonSerializer.Deserialize(OsuSampleBodies.FullUser, _userGenerated)!;

    [Benchmark]
    [BenchmarkCategory("full user (/me, 22 KB)")]
    public User UserReflection() => JsonSerializer.Deserialize(OsuSampleBodies.FullUser, _userReflection)!;
}
