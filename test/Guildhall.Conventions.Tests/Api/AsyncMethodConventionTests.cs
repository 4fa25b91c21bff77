using System.Reflection;
using Guildhall.Testing.Conventions;

namespace Guildhall.Conventions.Tests.Api;

/// <summary>
/// Every public asynchronous member of every package a bot references, the client packages and the ones around them
/// (Core, the ASP.NET Core receivers, the stores), found by reflection (<see cref="ApiShape.AsyncMethods"/>) so a new one
/// cannot forget the rules: its name ends in <c>Async</c> and it takes a trailing <see cref="CancellationToken"/>,
/// optional where a caller calls it (on an interface, or implementing one, the library is the caller and passes it),
/// and on a client it is virtual so callers can mock it. Each client package also runs the whole
/// <see cref="ClientConventionSuite"/> on itself.
/// </summary>
public sealed class AsyncMethodConventionTests
{
    private static readonly IReadOnlyList<MethodInfo> AsyncMethods = [.. ClientPackages.All.SelectMany(ApiShape.AsyncMethods)];

    [Fact]
    public void The_rules_apply_to_methods_of_every_kind()
    {
        Assert.Contains(AsyncMethods, method => ApiShape.ReturnsWork(method.ReturnType) && method.ReturnType.IsGenericType);
        Assert.Contains(AsyncMethods, method => method.ReturnType == typeof(Task));
        Assert.Contains(AsyncMethods, method => ApiShape.IsPageable(method.ReturnType));
        Assert.Contains(AsyncMethods, method => method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(ValueTask<>));
        Assert.Contains(AsyncMethods, method => method.DeclaringType == typeof(TopGg.TopGgBotsClient) && method.Name == nameof(TopGg.TopGgBotsClient.ListAsync));
        Assert.Contains(AsyncMethods, method => method.DeclaringType == typeof(TopGg.TopGgProjectClient) && method.Name == nameof(TopGg.TopGgProjectClient.ListVotesAsync));
        Assert.Contains(AsyncMethods, method => method.DeclaringType!.IsInterface);
    }

    [Fact]
    public void Every_async_method_ends_in_Async_and_takes_a_trailing_cancellation_token()
    {
        var broken = AsyncMethods
            .Where(method => !method.Name.EndsWith("Async", StringComparison.Ordinal) || !ApiShape.TakesTrailingToken(method))
            .Select(ApiShape.Name)
            .ToList();

        Assert.NotEmpty(AsyncMethods);
        Assert.True(broken.Count == 0, "Without a trailing CancellationToken or the Async suffix:\n" + string.Join('\n', broken));
    }

    [Fact]
    public void Every_async_method_of_a_client_is_virtual()
    {
        var clientMethods = AsyncMethods.Where(method => !method.IsStatic && ApiShape.IsClient(method.DeclaringType!)).ToList();
        var sealedOnes = clientMethods.Where(method => !method.IsVirtual || method.IsFinal).Select(ApiShape.Name).ToList();

        Assert.NotEmpty(clientMethods);
        Assert.True(sealedOnes.Count == 0, "Not virtual, so a caller cannot mock it:\n" + string.Join('\n', sealedOnes));
    }
}
