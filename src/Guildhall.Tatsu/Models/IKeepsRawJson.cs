using Guildhall.Core.Json;

namespace Guildhall.Tatsu.Models;

/// <summary>
/// A Tatsu model that exposes the JSON it was read from as <c>Raw</c>. The connection gives it that JSON right after
/// reading it, while the connection is the model's only holder, so the model stays immutable to everyone else.
/// </summary>
internal interface IKeepsRawJson
{
    /// <summary>Attaches the JSON the model was just read from.</summary>
    /// <param name="raw">The JSON, built into an element only when <c>Raw</c> is first read.</param>
    void KeepRaw(RawJson raw);
}
