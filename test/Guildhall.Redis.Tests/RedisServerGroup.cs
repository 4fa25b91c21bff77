using Guildhall.Testing.Redis;

namespace Guildhall.Redis.Tests;

[CollectionDefinition(Name)]
public sealed class RedisServerGroup : ICollectionFixture<RedisServerFixture>
{
    public const string Name = "redis";
}
