using System.Reflection;
using System.Runtime.CompilerServices;
using Guildhall.Core;
using Guildhall.Core.Paging;

namespace Guildhall.Testing.Conventions;

/// <summary>
/// What the convention tests read off a package by reflection: which members are asynchronous, which types are clients,
/// which lists page, and how a member is named in a failure message.
/// </summary>
public static class ApiShape
{
    /// <summary>
    /// The public asynchronous methods an assembly exports: those returning a <see cref="Task"/>, a <see cref="ValueTask"/>
    /// (with or without a result), an <see cref="AsyncPageable{T}"/> or an <see cref="IAsyncEnumerable{T}"/>. Disposal
    /// and the pageable machinery itself (<c>Guildhall.Core.Paging</c>: its factory and <c>AsPages</c>) are not calls.
    /// </summary>
    public static IReadOnlyList<MethodInfo> AsyncMethods(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return [.. assembly.GetExportedTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(method => !method.IsSpecialName && (ReturnsWork(method.ReturnType) || ReturnsStream(method.ReturnType)))
            .Where(method => !IsDisposeAsync(method) && method.DeclaringType!.Namespace != typeof(AsyncPageable<>).Namespace)
            .OrderBy(Name, StringComparer.Ordinal)];
    }

    /// <summary>The public client types of an assembly: the roots (<see cref="ApiClient"/>), the sub-clients (<see cref="ApiSubClient"/>) and any other public class named <c>…Client</c>.</summary>
    public static IReadOnlyList<Type> Clients(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return [.. assembly.GetExportedTypes().Where(IsClient).OrderBy(type => type.FullName, StringComparer.Ordinal)];
    }

    /// <summary>Whether a type is a client: derives from <see cref="ApiClient"/> or <see cref="ApiSubClient"/>, or is a class named <c>…Client</c>.</summary>
    public static bool IsClient(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.IsClass && !(type.IsAbstract && type.IsSealed)
            && (typeof(ApiClient).IsAssignableFrom(type) || typeof(ApiSubClient).IsAssignableFrom(type) || type.Name.EndsWith("Client", StringComparison.Ordinal));
    }

    /// <summary>Whether the method ends in a <see cref="CancellationToken"/>, optional unless a contract's caller (the library, the host) always passes it.</summary>
    public static bool TakesTrailingToken(MethodInfo method)
    {
        ArgumentNullException.ThrowIfNull(method);
        var last = method.GetParameters().LastOrDefault();
        return last?.ParameterType == typeof(CancellationToken) && (last.HasDefaultValue || IsContract(method));
    }

    /// <summary>Whether a type is, or derives from, <see cref="AsyncPageable{T}"/>.</summary>
    public static bool IsPageable(Type? type)
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

    /// <summary>Whether a type is a task: <see cref="Task"/>, <see cref="Task{T}"/>, <see cref="ValueTask"/> or <see cref="ValueTask{T}"/>.</summary>
    public static bool ReturnsWork(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return typeof(Task).IsAssignableFrom(type) || type == typeof(ValueTask) || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>));
    }

    /// <summary>Whether a type is a stream of items: a pageable or an <see cref="IAsyncEnumerable{T}"/>.</summary>
    public static bool ReturnsStream(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return IsPageable(type) || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>));
    }

    /// <summary>Whether a property can be set after construction by anyone (a public <c>set</c>, not <c>init</c>).</summary>
    public static bool HasPublicSetter(PropertyInfo property)
    {
        ArgumentNullException.ThrowIfNull(property);
        var setter = property.SetMethod;
        return setter is { IsPublic: true } && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
    }

    /// <summary>Whether a property's type is a collection a caller could change (an array, a list, a mutable dictionary).</summary>
    public static bool IsMutableCollection(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type == typeof(string) || !typeof(System.Collections.IEnumerable).IsAssignableFrom(type))
        {
            return false;
        }

        if (type.IsArray || !type.IsGenericType)
        {
            return true;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition != typeof(IReadOnlyList<>) && definition != typeof(IReadOnlyDictionary<,>)
            && definition != typeof(IReadOnlySet<>) && definition != typeof(IReadOnlyCollection<>);
    }

    /// <summary>A method as a failure message names it: type, name and parameter types.</summary>
    public static string Name(MethodInfo method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return $"{method.DeclaringType!.FullName}.{method.Name}({string.Join(", ", method.GetParameters().Select(parameter => parameter.ParameterType.Name))})";
    }

    // Declared on an interface, or implementing one (ICredentialProvider, IHostedService...): whoever calls it passes a token.
    private static bool IsContract(MethodInfo method) =>
        method.DeclaringType!.IsInterface
        || method.DeclaringType.GetInterfaces().Any(contract => method.DeclaringType.GetInterfaceMap(contract).TargetMethods.Contains(method));

    private static bool IsDisposeAsync(MethodInfo method) =>
        method.Name == nameof(IAsyncDisposable.DisposeAsync) && method.GetParameters().Length == 0;
}
