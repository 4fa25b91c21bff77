using Guildhall.Core;
using Microsoft.Extensions.Options;

namespace Guildhall.Redis;

/// <summary>Gives every client's options the shared Redis store, unless the application set a store of its own.</summary>
/// <typeparam name="TOptions">A client's options.</typeparam>
internal sealed class ApiClientRateLimitStoreSetup<TOptions>(GuardedRedisRateLimitStore store) : IPostConfigureOptions<TOptions>
    where TOptions : ApiClientOptions
{
    public void PostConfigure(string? name, TOptions options) => options.RateLimitStore ??= store;
}
