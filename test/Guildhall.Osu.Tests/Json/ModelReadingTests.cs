using System.Text.Json;
using Guildhall.Osu.Json;
using Guildhall.Osu.Models;
using Guildhall.Osu.Tests.Wire;

namespace Guildhall.Osu.Tests.Json;

public sealed class ModelReadingTests
{
    private static T Read<T>(string json) => JsonSerializer.Deserialize(json, OsuJson.TypeInfo<T>())!;

    [Fact]
    public void The_same_play_reads_in_both_score_formats()
    {
        var sent = OsuWire.Node(OsuWire.LegacyScore());
        var legacy = Read<Score>(OsuWire.LegacyScore());
        var lazer = Read<Score>(OsuWire.LazerScore());

        Assert.Equal(OsuScoreFormat.Legacy, legacy.Format);
        Assert.Equal(OsuScoreFormat.Lazer, lazer.Format);
        Assert.Equal(sent["id"]!.GetValue<long>(), legacy.Id);
        Assert.Equal(legacy.Id, lazer.LegacyScoreId);
        Assert.Equal(sent["score"]!.GetValue<long>(), legacy.Points);
        Assert.Equal(legacy.Points, lazer.LegacyTotalScore);
        Assert.Equal(GameMode.Osu, legacy.Ruleset);
        Assert.Equal(GameMode.Osu, lazer.Ruleset);
        Assert.Equal(ScoreRank.SilverS, legacy.Rank);
        Assert.Equal(legacy.Rank, lazer.Rank);
        Assert.Equal(["HD"], legacy.Mods.Select(mod => mod.Acronym));
        Assert.Equal(["HD", "CL"], lazer.Mods.Select(mod => mod.Acronym));
        Assert.Equal(legacy.CreatedAt, lazer.EndedAt);
        Assert.Equal(legacy.Timestamp, lazer.Timestamp);
        Assert.Equal(sent["statistics"]!["count_300"]!.GetValue<int>(), legacy.Statistics!.Count300);
        Assert.Equal(legacy.Statistics.Count300, lazer.Statistics!.Great);
        Assert.Equal(ScoreStatisticsConverter.ToLegacy(lazer.Statistics, GameMode.Osu) with { CountGeki = null, CountKatu = null }, legacy.Statistics);
    }

    [Fact]
    public void Nested_objects_carry_their_values()
    {
        var sent = OsuWire.Node(OsuWire.Beatmap(7, 70));
        var beatmap = Read<Beatmap>(OsuWire.Beatmap(7, 70));

        Assert.Equal(RankStatus.Ranked, beatmap.Status);
        Assert.Equal(sent["ar"]!.GetValue<double>(), beatmap.ApproachRate);
        Assert.Equal(sent["beatmapset"]!["id"]!.GetValue<long>(), beatmap.Beatmapset!.Id);
        Assert.StartsWith("https://assets.ppy.sh/", beatmap.Beatmapset.Covers!.Cover2x, StringComparison.Ordinal);
        Assert.Equal(100, beatmap.Failtimes!.Fail.Count);
        Assert.Equal(sent["owners"]![0]!["username"]!.GetValue<string>(), Assert.Single(beatmap.Owners).Username);
        Assert.Equal("", beatmap.Beatmapset.Source);
    }

    [Fact]
    public void A_full_user_reads_with_statistics_in_every_mode()
    {
        var me = Read<User>(OsuWire.Me(11, "Skerry"));

        Assert.NotNull(me.StatisticsByMode?.Mania);
        Assert.True(me.Statistics!.Pp > 0);
        Assert.Equal(GameMode.Osu, me.Playmode);
        Assert.NotEmpty(me.MonthlyPlaycounts);
        Assert.Equal(me.RankHistory!.Data, me.RankHistoryDuplicate!.Data);
        Assert.Equal(me.StatisticsByMode!.Osu!.Pp, me.Statistics.Pp);
    }

    [Fact]
    public void Values_the_client_does_not_know_read_as_unknown_and_new_fields_are_kept()
    {
        var body = """{"id":1,"mode":"lazer-only-ruleset","status":"archived","brand_new":{"x":[1]},"version":"v"}""";
        var beatmap = Read<Beatmap>(body);

        Assert.Equal(GameMode.Unknown, beatmap.Mode);
        Assert.Equal(RankStatus.Unknown, beatmap.Status);
        Assert.Equal("v", beatmap.Version);
        Assert.Equal("""{"x":[1]}""", Assert.Single(beatmap.ExtensionData, member => member.Key == "brand_new").Value.GetRawText());
        ModelRoundTrip.AssertLossless("unknown values", body, typeof(Beatmap));
    }

    [Fact]
    public void Nulls_where_lists_are_promised_read_as_empty_lists()
    {
        var user = Read<User>("""{"id":1,"username":"x","groups":null,"badges":null,"playstyle":null}""");

        Assert.Empty(user.Groups);
        Assert.Empty(user.Badges);
        Assert.Empty(user.Playstyle);
    }

    [Fact]
    public void Statistics_sent_as_an_empty_php_array_read_as_absent()
    {
        var score = Read<Score>("""{"id":1,"statistics":[],"maximum_statistics":{"great":3},"mods":[{"acronym":"DT","settings":[]}]}""");

        Assert.Null(score.Statistics);
        Assert.Equal(3, score.MaximumStatistics!.Great);
        Assert.Empty(Assert.Single(score.Mods).Settings);
    }

    [Fact]
    public void Mod_settings_survive()
    {
        var score = Read<Score>("""{"id":1,"mods":[{"acronym":"DT","settings":{"speed_change":1.3,"adjust_pitch":true}}]}""");

        var mod = Assert.Single(score.Mods);
        Assert.Equal(1.3, mod.Settings["speed_change"].GetDouble());
        Assert.True(mod.Settings["adjust_pitch"].GetBoolean());
        Assert.Equal("DT(speed_change=1.3, adjust_pitch=true)", mod.ToString());
    }

    [Theory]
    [InlineData("2026-05-14T08:15:42+00:00")]
    [InlineData("2026-05-14T08:15:42Z")]
    [InlineData("2026-05-14T08:15:42.0000000Z")]
    [InlineData("2026-05-14T10:15:42+02:00")]
    public void Dates_read_in_every_shape_the_api_sends(string date)
    {
        var activity = Read<ActivityEvent>($$"""{"id":1,"created_at":"{{date}}","type":"rank"}""");

        Assert.Equal(new DateTimeOffset(2026, 5, 14, 8, 15, 42, TimeSpan.Zero), activity.CreatedAt);
        Assert.Equal(ActivityEventType.Rank, activity.Type);
    }

    [Fact]
    public void An_event_of_an_unknown_kind_keeps_its_name()
    {
        var activity = Read<ActivityEvent>("""{"id":1,"created_at":"2026-05-14T08:15:42Z","type":"teamJoin"}""");

        Assert.Equal(ActivityEventType.Unknown, activity.Type);
        Assert.Equal("teamJoin", activity.TypeName);
    }

    [Fact]
    public void Date_only_monthly_counts_read()
    {
        var user = Read<User>("""{"id":1,"monthly_playcounts":[{"start_date":"2023-11-01","count":3}]}""");

        Assert.Equal(new DateTimeOffset(2023, 11, 1, 0, 0, 0, TimeSpan.Zero), Assert.Single(user.MonthlyPlaycounts).StartDate);
    }
}
