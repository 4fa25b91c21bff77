using System.Text.Json.Serialization;

namespace Guildhall.Cli.Output;

/// <summary>One widget image address <c>guildhall topgg widget</c> prints.</summary>
/// <param name="Widget">Which widget: <c>large</c>, a small type such as <c>servers</c>, or a v1 one such as <c>v1-votes</c>.</param>
/// <param name="Url">The image's address.</param>
internal sealed record WidgetUrlAnswer(
    [property: JsonPropertyName("widget")] string Widget,
    [property: JsonPropertyName("url")] string Url);
