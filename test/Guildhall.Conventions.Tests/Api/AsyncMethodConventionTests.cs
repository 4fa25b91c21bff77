using System.Reflection;
using Guildhall.Core.Paging;

namespace Guildhall.Conventions.Tests.Api;

/// <summary>
/// Every public asynchronous member of every client package, found by reflection so a new one cannot forget the rules:
/// its name ends in <c>Async</c> and it takes a trailing <see cref="CancellationToken"/>, optional where a caller calls it
/// (on an interface, or implementing one, the library is the caller and passes it), and on a client it is virtual so
/// callers can mock it. "Asynchronous" means it returns a <see cref="Task"/>, a <see cref="ValueTask"/> (with or without
/// a result), an <see cref="AsyncPageable{T}"/> or an <see cref="IAsyncEnumerable{T}"/>. The pageable type itself
/// (<c>Guildhall.Core.Paging</c>: its factory and <c>AsPages</c>, named as in the Azure SDK) is the machinery, not a call.
/// </summary>
public sealed class AsyncMethodConventionTests
{
    private static readonly IReadOnlyList<MethodInfo> AsyncMethods = [.. ClientPackages.All
        .SelectMany(assembly => assembly.GetExportedTypes())
        .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        .Where(method => !method.IsSpecialName && (ReturnsWork(method.ReturnType) || ReturnsStream(method.ReturnType)))
        .Where(method => !IsDisposeAsync(method) && method.DeclaringType!.Namespace != typeof(AsyncPageable<>).Namespace)
        .OrderBy(Name, StringComparer.Ordinal)];

    [Fact]
    public void The_rules_apply_to_methods_of_every_kind()
    {
        Assert.Contains(AsyncMethods, method => ReturnsWork(method.ReturnType) && method.ReturnType.IsGenericType);
        Assert.Contains(AsyncMethods, method => method.ReturnType == typeof(Task));
        Assert.Contains(AsyncMethods, method => IsPageable(method.ReturnType));
        Assert.Contains(AsyncMethods, method => method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(ValueTask<>));
        Assert.Contains(AsyncMethods, method => method.DeclaringType == typeof(TopGg.TopGgBotsClient) && method.Name == nameof(TopGg.TopGgBotsClient.ListAsync));
        Assert.Contains(AsyncMethods, method => method.DeclaringType == typeof(TopGg.TopGgProjectClient) && method.Name == nameof(TopGg.TopGgProjectClient.ListVotesAsync));
        Assert.Contains(AsyncMethods, method => method.DeclaringType!.IsInterface);
    }

    [Fact]
    public void Every_async_method_ends_in_Async_and_takes_a_trailing_cancellation_token()
    {
        var broken = AsyncMethods
            .Where(method => !method.Name.EndsWith("Async", StringComparison.Ordinal) || !TakesTrailingToken(method))
            .Select(Name)
            .ToList();

        Assert.NotEmpty(AsyncMethods);
        Assert.True(broken.Count == 0, "Without a trailing CancellationToken or the Async suffix:\n" + string.Join('\n', broken));
    }

    [Fact]
    public void Every_async_method_of_a_client_is_virtual()
    {
        var clientMethods = AsyncMethods.Where(method => !method.IsStatic && IsClient(method.DeclaringType!)).ToList();
        var sealedOnes = clientMethods.Where(method => !method.IsVirtual || method.IsFinal).Select(Name).ToList();

        Assert.NotEmpty(clientMethods);
        Assert.True(sealedOnes.Count == 0, "Not virtual, so a caller cannot mock it:\n" + string.Join('\n', sealedOnes));
    }

    private static bool TakesTrailingToken(MethodInfo method)
    {
        var last = method.GetParameters().LastOrDefault();
        return last?.ParameterType == typeof(CancellationToken) && (last.HasDefaultValue || IsContract(method));
    }

    // Declared on an interface, or implementing one (ICredentialProvider, IHostedService...): whoever calls it passes a token.
    private static bool IsContract(MethodInfo method) =>
        method.DeclaringType!.IsInterface
        || method.DeclaringType.GetInterfaces().Any(contract => method.DeclaringType.GetInterfaceMap(contract).TargetMethods.Contains(method));

    private static bool IsDisposeAsync(MethodInfo method) =>
        method.Name == nameof(IAsyncDisposable.DisposeAsync) && method.GetParameters().Length == 0;

    private static bool IsClient(Type type) =>
        typeof(Core.ApiClient).IsAssignableFrom(type) || type.Name.EndsWith("Client", StringComparison.Ordinal);

    private static bool ReturnsWork(Type type) =>
        typeof(Task).IsAssignableFrom(type) || type == typeof(ValueTask) || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>));

    private static bool ReturnsStream(Type type) =>
        IsPageable(type) || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>));

    private static bool IsPageable(Type? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(AsyncPageable<>))
            {
                return true;
            }
        }

        return false;
    }

    private static string Name(MethodInfo method) =>
        $"{method.DeclaringType!.FullName}.{method.Name}({string.Join(", ", method.GetParameters().Select(parameter => parameter.ParameterType.Name))})";
}
