using System.Text;
using System.Text.Json;
using CsCheck;
using Guildhall.TopGg.Json;
using Guildhall.TopGg.Models;

namespace Guildhall.TopGg.Tests.Properties;

/// <summary>
/// Tokens a user pastes and the stats a bot posts: <see cref="TopGgToken.TryParse"/> never throws, <c>Parse</c> throws
/// only <see cref="ArgumentException"/>; every valid stats update writes the body Top.gg reads, and a cluster's owned
/// shards become one request per shard.
/// </summary>
public sealed class TokenAndStatsProperties
{
    private static readonly JsonSerializerOptions StatsJson = new() { Converters = { new TopGgStatsUpdateConverter() } };

    private static readonly Gen<string> JwtLike = Gen.Select(Gen.String[0, 20], Gen.Long, Gen.ULong, Gen.String[0, 20])
        .Select((header, issuedAt, id, signature) =>
            string.Join('.', Base64Url(header), Base64Url($$"""{"id":"{{id}}","bot":true,"iat":{{issuedAt}}}"""), Base64Url(signature)));

    [Fact]
    public void Reading_any_token_never_throws_and_parse_fails_only_with_an_argument_exception()
    {
        Gen.OneOf(Gen.String, JwtLike).Sample(token =>
        {
            var parsed = TopGgToken.TryParse(token, out var read);
            Assert.Equal(parsed, read is not null);
            if (!parsed)
            {
                Assert.ThrowsAny<ArgumentException>(() => TopGgToken.Parse(token));
            }
        });
    }

    [Fact]
    public void A_token_with_an_issue_time_past_the_year_9999_is_read_without_one()
    {
        var token = string.Join('.', Base64Url("{}"), Base64Url("""{"id":"264811613708746752","iat":9223372036854775807}"""), Base64Url("sig"));

        Assert.Null(TopGgToken.Parse(token).IssuedAt);
    }

    [Fact]
    public void Shard_counts_post_their_sum_their_list_and_their_number()
    {
        Gen.Long[0, 10_000_000].Array[1, 64].Sample(shards =>
        {
            using var body = JsonDocument.Parse(JsonSerializer.Serialize(TopGgStatsUpdate.ForShards(shards), StatsJson));
            Assert.Equal(shards.Sum(), body.RootElement.GetProperty("server_count").GetInt64());
            Assert.Equal(shards, body.RootElement.GetProperty("shards").EnumerateArray().Select(count => count.GetInt64()));
            Assert.Equal(shards.Length, body.RootElement.GetProperty("shard_count").GetInt32());
        });
    }

    [Fact]
    public void Owned_shards_become_one_request_each_in_shard_order()
    {
        Gen.Int[1, 64].SelectMany(shardCount => Gen.Select(Gen.Int[0, shardCount - 1], Gen.Long[0, 1_000_000]).Array[1, 16]
                .Select(owned => (shardCount, owned)))
            .Sample((shardCount, owned) =>
            {
                var byShard = owned.GroupBy(pair => pair.Item1).ToDictionary(group => group.Key, group => group.First().Item2);
                var requests = TopGgStatsUpdate.ForOwnedShards(shardCount, byShard).ToRequests();

                Assert.Equal(byShard.Keys.Order(), requests.Select(request => request.ShardId!.Value));
                Assert.All(requests, request =>
                {
                    Assert.Equal(byShard[request.ShardId!.Value], request.ServerCount);
                    Assert.Equal(shardCount, request.ShardCount);
                });
            });
    }

    [Fact]
    public void Invalid_owned_shards_fail_only_with_an_argument_exception()
    {
        Gen.Select(Gen.Int[-3, 8], Gen.Select(Gen.Int[-3, 10], Gen.Long[-5, 5]).Array[0, 6]).Sample((shardCount, owned) =>
        {
            var byShard = owned.GroupBy(pair => pair.Item1).ToDictionary(group => group.Key, group => group.First().Item2);
            var valid = shardCount > 0 && byShard.Count > 0 && byShard.All(pair => pair.Key >= 0 && pair.Key < shardCount && pair.Value >= 0);
            if (valid)
            {
                Assert.Equal(byShard.Count, TopGgStatsUpdate.ForOwnedShards(shardCount, byShard).ToRequests().Count);
            }
            else
            {
                Assert.ThrowsAny<ArgumentException>(() => TopGgStatsUpdate.ForOwnedShards(shardCount, byShard));
            }
        });
    }

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
