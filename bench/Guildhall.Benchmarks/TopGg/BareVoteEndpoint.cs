using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Guildhall.Benchmarks.TopGg;

/// <summary>
/// The floor of the vote receiver benchmarks: a bare Kestrel endpoint that does the least a correct receiver must do
/// and nothing else. It reads the body, checks the credential in constant time (the legacy <c>Authorization</c> value,
/// or for a signed V2 delivery the HMAC-SHA256 of <c>{t}.{body}</c> with the timestamp inside five minutes), parses
/// the JSON down to the voter's id, and answers 204. It prints nothing, keeps no state (so it deduplicates nothing)
/// and has no logging, activities or metrics.
/// </summary>
public static class BareVoteEndpoint
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    /// <summary>Builds (without starting) a slim Kestrel application serving the endpoint on <paramref name="path"/>.</summary>
    public static WebApplication Create(string urls, string path, string authorization, string secret)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls(urls);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(authorization));
        var key = Encoding.UTF8.GetBytes(secret);
        app.MapPost(path, context => HandleAsync(context, expected, key));
        return app;
    }

    private static async Task HandleAsync(HttpContext context, byte[] expectedAuthorization, byte[] key)
    {
        var length = (int)(context.Request.ContentLength ?? 0);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        try
        {
            var read = 0;
            while (read < length)
            {
                var n = await context.Request.Body.ReadAsync(buffer.AsMemory(read, length - read), context.RequestAborted);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }

            context.Response.StatusCode = Answer(
                buffer.AsMemory(0, read),
                context.Request.Headers["x-topgg-signature"].ToString(),
                context.Request.Headers.Authorization.ToString(),
                expectedAuthorization,
                key);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The endpoint's whole check of one delivery, its status code: 401 for a wrong credential, 422 for a body without a
    /// voter, 204 otherwise. <paramref name="expectedAuthorization"/> is the SHA-256 of the legacy value,
    /// <paramref name="key"/> the V2 secret's UTF-8 bytes; an empty <paramref name="signature"/> means a legacy delivery.
    /// </summary>
    public static int Answer(ReadOnlyMemory<byte> body, string signature, string authorization, byte[] expectedAuthorization, byte[] key)
    {
        var verified = signature.Length > 0
            ? SignatureMatches(signature, key, body.Span)
            : AuthorizationMatches(authorization, expectedAuthorization);
        return !verified ? StatusCodes.Status401Unauthorized
            : VoterOf(body) is null ? StatusCodes.Status422UnprocessableEntity
            : StatusCodes.Status204NoContent;
    }

    private static bool AuthorizationMatches(string authorization, byte[] expected)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(authorization), digest);
        return CryptographicOperations.FixedTimeEquals(digest, expected);
    }

    private static bool SignatureMatches(string header, byte[] key, ReadOnlySpan<byte> body)
    {
        var comma = header.IndexOf(",v1=", StringComparison.Ordinal);
        if (!header.StartsWith("t=", StringComparison.Ordinal) || comma < 0
            || !long.TryParse(header.AsSpan(2, comma - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || (DateTimeOffset.UtcNow - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > Tolerance)
        {
            return false;
        }

        var length = comma - 2 + 1 + body.Length;
        var message = ArrayPool<byte>.Shared.Rent(length);
        Span<byte> digest = stackalloc byte[32];
        try
        {
            Encoding.ASCII.GetBytes(header.AsSpan(2, comma - 2), message);
            message[comma - 2] = (byte)'.';
            body.CopyTo(message.AsSpan(comma - 1));
            HMACSHA256.HashData(key, message.AsSpan(0, length), digest);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(message);
        }

        Span<byte> sent = stackalloc byte[32];
        return Convert.FromHexString(header.AsSpan(comma + 4), sent, out _, out var written) == OperationStatus.Done
            && written == 32
            && CryptographicOperations.FixedTimeEquals(digest, sent);
    }

    /// <summary>The voter's id: <c>user</c> of a legacy vote, <c>data.user.platform_id</c> of a V2 one.</summary>
    private static string? VoterOf(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.TryGetProperty("user", out var user) && user.ValueKind == JsonValueKind.String)
            {
                return user.GetString();
            }

            return root.TryGetProperty("data", out var data) && data.TryGetProperty("user", out var v2User)
                && v2User.TryGetProperty("platform_id", out var id) ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
