namespace Guildhall.Core.Credentials;

/// <summary>
/// A fixed <c>Authorization</c> header value, sent as given: <c>Bearer eyJ...</c>, a raw legacy token, a Tatsu key.
/// The value is never exposed by <see cref="ToString"/>.
/// </summary>
public sealed class AuthorizationHeaderCredential : ICredentialProvider
{
    private readonly string _headerValue;

    /// <summary>Creates the credential.</summary>
    /// <param name="headerValue">The complete header value, scheme included where the API wants one.</param>
    public AuthorizationHeaderCredential(string headerValue)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(headerValue);
        _headerValue = headerValue;
    }

    /// <inheritdoc />
    public ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Without validation: raw legacy tokens and keys have no scheme, which the typed header would reject.
        request.Headers.TryAddWithoutValidation("Authorization", _headerValue);
        return ValueTask.CompletedTask;
    }

    /// <summary>Describes the credential without revealing it.</summary>
    public override string ToString() => "Authorization header (redacted)";
}
