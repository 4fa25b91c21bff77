using System.Reflection;
using Guildhall.Core;

namespace Guildhall.Testing.Conventions;

/// <summary>
/// The shape every client package promises, checked by reflection so a new member cannot drift from it: the paging names
/// (<c>List…Async</c> returns an <c>AsyncPageable&lt;T&gt;</c>, <c>Get…PageAsync</c> one page, no <c>Search…</c>), a
/// trailing <see cref="CancellationToken"/> on every asynchronous member, virtual members and a protected constructor on
/// every client for mocking, the constructor shapes of the root client, and response models that are sealed, immutable
/// and hold read-only collections. Each client package's tests derive from it and name their package.
/// </summary>
public abstract class ClientConventionSuite
{
    /// <summary>The package under test.</summary>
    protected abstract Assembly Package { get; }

    /// <summary>Whether a public type is one of the package's models (what the API sends or is sent), held to the model rules.</summary>
    protected abstract bool IsModel(Type type);

    private IReadOnlyList<Type> Clients => ApiShape.Clients(Package);

    /// <summary>The API's entry points: the concrete clients that hold sub-clients.</summary>
    private List<Type> RootClients => [.. Clients
        .Where(client => !client.IsAbstract && typeof(ApiClient).IsAssignableFrom(client)
            && client.GetProperties().Any(property => typeof(ApiSubClient).IsAssignableFrom(property.PropertyType)))];

    private IEnumerable<MethodInfo> ClientMethods => Clients
        .SelectMany(client => client.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        .Where(method => !method.IsSpecialName);

    [Fact]
    public void Lists_follow_the_naming_rule()
    {
        var methods = ClientMethods.ToList();
        var broken = new List<string>();
        foreach (var method in methods)
        {
            var pageable = ApiShape.IsPageable(method.ReturnType);
            var namedList = method.Name.StartsWith("List", StringComparison.Ordinal) && method.Name.EndsWith("Async", StringComparison.Ordinal);
            if (pageable != namedList)
            {
                broken.Add($"{ApiShape.Name(method)}: only a List…Async returns an AsyncPageable<T>, and every List…Async does");
            }

            if (IsPageMethod(method) && !(method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)))
            {
                broken.Add($"{ApiShape.Name(method)}: a Get…PageAsync returns one page, as a Task<…>");
            }

            if (method.Name.StartsWith("Search", StringComparison.Ordinal))
            {
                broken.Add($"{ApiShape.Name(method)}: a search is a List…Async and Get…PageAsync pair named after what it finds");
            }
        }

        Assert.Contains(methods, method => ApiShape.IsPageable(method.ReturnType));
        Assert.Contains(methods, IsPageMethod);
        Assert.True(broken.Count == 0, "Against the naming rule:\n" + string.Join('\n', broken));
    }

    [Fact]
    public void Every_async_member_ends_in_Async_and_takes_a_trailing_cancellation_token()
    {
        var methods = ApiShape.AsyncMethods(Package);
        var broken = methods
            .Where(method => !method.Name.EndsWith("Async", StringComparison.Ordinal) || !ApiShape.TakesTrailingToken(method))
            .Select(ApiShape.Name)
            .ToList();

        Assert.Contains(methods, method => ApiShape.IsPageable(method.ReturnType));
        Assert.Contains(methods, method => ApiShape.ReturnsWork(method.ReturnType));
        Assert.True(broken.Count == 0, "Without a trailing CancellationToken or the Async suffix:\n" + string.Join('\n', broken));
    }

    [Fact]
    public void Every_member_of_a_client_is_virtual_for_mocking()
    {
        var members = ClientMethods
            .Concat(Clients.SelectMany(client => client.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)).Select(property => property.GetMethod!))
            .ToList();
        var sealedOnes = members.Where(member => !member.IsVirtual || member.IsFinal).Select(ApiShape.Name).ToList();

        Assert.NotEmpty(members);
        Assert.True(sealedOnes.Count == 0, "Not virtual, so a caller cannot mock it:\n" + string.Join('\n', sealedOnes));
    }

    [Fact]
    public void Every_client_can_be_built_for_mocking()
    {
        var broken = Clients
            .Where(client => client.IsSealed || client.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes) is not { } constructor
                || !(constructor.IsFamily || constructor.IsFamilyOrAssembly || constructor.IsPublic))
            .Select(client => client.FullName)
            .ToList();

        Assert.NotEmpty(Clients);
        Assert.True(broken.Count == 0, "Sealed, or without a protected parameterless constructor for mocking:\n" + string.Join('\n', broken));
    }

    /// <summary>
    /// The API's entry points (a root client with sub-clients; not a helper such as an OAuth client): the constructors
    /// <c>(credential)</c>, <c>(credential, options)</c> and <c>(HttpClient, options)</c>, with the HTTP client always first,
    /// both disposals, and the name of the HTTP client its registration uses.
    /// </summary>
    [Fact]
    public void Every_root_client_has_the_family_constructors_and_lifetime()
    {
        var roots = RootClients;

        Assert.NotEmpty(roots);
        Assert.All(roots, root =>
        {
            var constructors = root.GetConstructors();
            Assert.True(typeof(IAsyncDisposable).IsAssignableFrom(root) && typeof(IDisposable).IsAssignableFrom(root), root.Name);
            Assert.NotNull(root.GetField("HttpClientName", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy));
            Assert.Contains(constructors, constructor => constructor.GetParameters() is [{ ParameterType: var http }, { ParameterType: var options }]
                && http == typeof(HttpClient) && typeof(ApiClientOptions).IsAssignableFrom(options));
            Assert.Contains(constructors, constructor => constructor.GetParameters() is { Length: > 0 } parameters
                && typeof(ApiClientOptions).IsAssignableFrom(parameters[^1].ParameterType) && parameters.All(parameter => parameter.ParameterType != typeof(HttpClient)));
            Assert.All(
                constructors.Where(constructor => constructor.GetParameters().Any(parameter => parameter.ParameterType == typeof(HttpClient))),
                constructor => Assert.Equal(typeof(HttpClient), constructor.GetParameters()[0].ParameterType));
        });
    }

    /// <summary>
    /// Every root client describes its client-side rate limits the same way, so tools such as <c>guildhall limits</c> read
    /// any API's budget alike: a public static <c>DescribeRateLimits</c> whose first parameter is the client's options
    /// (any further one optional) and which returns Core's <see cref="Core.RateLimiting.RateLimitBucketDescription"/> list.
    /// </summary>
    [Fact]
    public void Every_root_client_describes_its_rate_limits()
    {
        var roots = RootClients;

        Assert.NotEmpty(roots);
        Assert.All(roots, root =>
        {
            var describe = root.GetMethod("DescribeRateLimits", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy);
            Assert.True(describe is not null, $"{root.Name} has no public static DescribeRateLimits");
            Assert.Equal(typeof(IReadOnlyList<Core.RateLimiting.RateLimitBucketDescription>), describe.ReturnType);
            var parameters = describe.GetParameters();
            Assert.True(parameters.Length >= 1 && typeof(ApiClientOptions).IsAssignableFrom(parameters[0].ParameterType), $"{root.Name}.DescribeRateLimits does not take the client's options first");
            Assert.All(parameters.Skip(1), parameter => Assert.True(parameter.IsOptional, $"{root.Name}.DescribeRateLimits({parameter.Name}) is not optional"));
        });
    }

    [Fact]
    public void Models_are_sealed_and_immutable_with_read_only_collections()
    {
        var models = Package.GetExportedTypes().Where(type => type.IsClass && !type.IsAbstract && IsModel(type)).ToList();
        var broken = new List<string>();
        foreach (var model in models)
        {
            if (!model.IsSealed)
            {
                broken.Add($"{model.Name} is not sealed");
            }

            foreach (var property in model.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (ApiShape.HasPublicSetter(property))
                {
                    broken.Add($"{model.Name}.{property.Name} has a public setter");
                }

                if (ApiShape.IsMutableCollection(property.PropertyType))
                {
                    broken.Add($"{model.Name}.{property.Name} is a mutable collection");
                }
            }
        }

        Assert.NotEmpty(models);
        Assert.True(broken.Count == 0, string.Join('\n', broken));
    }

    private static bool IsPageMethod(MethodInfo method) =>
        method.Name.StartsWith("Get", StringComparison.Ordinal) && method.Name.EndsWith("PageAsync", StringComparison.Ordinal);
}
