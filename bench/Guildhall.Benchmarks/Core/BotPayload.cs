using System.Text.Json.Serialization;

namespace Guildhall.Benchmarks.Core;

/// <summary>A Top.gg-shaped bot body, the same for both sides of the comparison.</summary>
public sealed record BotPayload
{
    [JsonPropertyName("id")]
    public string Id { get; init; } = "";

    [JsonPropertyName("username")]
    public string Username { get; init; } = "";

    [JsonPropertyName("shortdesc")]
    public string ShortDescription { get; init; } = "";

    [JsonPropertyName("tags")]
    public IReadOnlyList<string> Tags { get; init; } = [];

    [JsonPropertyName("owners")]
    public IReadOnlyList<string> Owners { get; init; } = [];

    [JsonPropertyName("points")]
    public int Points { get; init; }

    [JsonPropertyName("monthlyPoints")]
    public int MonthlyPoints { get; init; }

    [JsonPropertyName("server_count")]
    public int? ServerCount { get; init; }

    public const string SampleJson = """
        {"id":"1026525568344264724","clientid":"1026525568344264724","username":"Top.gg Lib Dev API Access","discriminator":"0","avatar":"https://cdn.discordapp.com/avatars/1026525568344264724/a.png","defAvatar":"","lib":"","prefix":"/","shortdesc":"A bot used to test the Top.gg API libraries, with a description long enough to be realistic.","longdesc":"","tags":["utility","moderation","fun"],"website":"","support":"","github":"","owners":["661200758510977084"],"guilds":[],"invite":"","date":"2022-10-03T16:08:55.292Z","certifiedBot":false,"vanity":null,"points":1234,"monthlyPoints":56,"donatebotguildid":"","server_count":2,"reviews":{"averageScore":4.5,"count":12}}
        """;
}

[JsonSerializable(typeof(BotPayload))]
internal sealed partial class BenchmarkJsonContext : JsonSerializerContext;
