using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;

namespace Guildhall.Cli.Output;

/// <summary>A Polympics session or app token a command obtained, with the token only when the user asked for it.</summary>
/// <param name="Username">The credentials' username (<c>S…</c> or <c>A…</c>).</param>
/// <param name="Credentials"><c>USERNAME:TOKEN</c>, only with <c>--show-token</c>; left out of the JSON otherwise.</param>
/// <param name="ExpiresAt">When a session ends; absent for an app.</param>
internal sealed record PolympicsCredentialsAnswer(
    [property: JsonPropertyName("username")] string Username,
    [property: JsonPropertyName("credentials"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Credentials,
    [property: JsonPropertyName("expires_at"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? ExpiresAt)
{
    /// <summary>The members for <see cref="object.ToString"/>, with the credentials (they hold the token) redacted.</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"Username = {Username}, Credentials = {(Credentials is null ? "null" : "(redacted)")}, ExpiresAt = {ExpiresAt}");
        return true;
    }
}
