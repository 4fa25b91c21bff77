using Guildhall.Testing.Redis;

namespace Guildhall.Cli.Tests;

[CollectionDefinition(Name)]
public sealed class RedisGroup : ICollectionFixture<RedisServerFixture>, ICollectionFixture<SandboxFixture>
{
    public const string Name = "redis";
}
