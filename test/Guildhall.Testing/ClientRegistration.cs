using Guildhall.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Guildhall.Testing;

/// <summary>One client's dependency-injection registration, described for <see cref="ClientRegistrationChecks"/>.</summary>
/// <typeparam name="TClient">The client type the registration makes resolvable.</typeparam>
/// <typeparam name="TOptions">The client's options type.</typeparam>
public sealed class ClientRegistration<TClient, TOptions>
    where TClient : class
    where TOptions : ApiClientOptions
{
    /// <summary>The name of the <see cref="HttpClient"/> the client sends through.</summary>
    public required string HttpClientName { get; init; }

    /// <summary>
    /// Registers the client as its package's documentation shows, with working credentials and nothing else: the base
    /// address and the other checked settings come from <c>services.Configure&lt;TOptions&gt;</c>.
    /// </summary>
    public required Action<IServiceCollection> Register { get; init; }

    /// <summary>A call that reaches the API (a read is best), made with the resolved client.</summary>
    public required Func<TClient, CancellationToken, Task> CallAsync { get; init; }
}
