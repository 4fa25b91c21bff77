using System.Text;
using Guildhall.Sandbox.Polympics.Wire;
using Microsoft.AspNetCore.Http;

namespace Guildhall.Sandbox.Polympics;

/// <summary>
/// A canned answer the emulator gives instead of the real one, for the next <see cref="Remaining"/> requests whose path
/// (after <c>/polympics</c>) starts with <see cref="PathPrefix"/>: an HTML 502 from a proxy, a 503, a truncated body.
/// </summary>
internal sealed class PolympicsFault
{
    public required int StatusCode { get; init; }

    public string? ContentType { get; init; }

    public string Body { get; init; } = "";

    public string PathPrefix { get; init; } = "/";

    public int Remaining { get; set; } = 1;

    public IResult ToResult() => Body.Length == 0 && ContentType is null
        ? PolympicsResults.Empty(StatusCode)
        : Results.Text(Body, ContentType ?? "text/plain", Encoding.UTF8, StatusCode);
}
