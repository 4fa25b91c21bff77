namespace Guildhall.TopGg;

/// <summary>
/// How the client calls v1 routes on which the public SDKs disagree. Where Top.gg's own documentation describes a
/// route, the default follows it; otherwise it follows the two sources that agree (the Node SDK 4.0 and the
/// <c>topgg-api-types</c> schemas) over topggpy 2.0. Change a value if Top.gg answers 404, 405 or 400 to the default.
/// </summary>
public sealed class TopGgApiCompatibility
{
    /// <summary>
    /// The verb of <c>/v1/projects/@me/commands</c>. Default <see cref="TopGgCommandsMethod.Post"/>, as Top.gg's v1
    /// reference documents it (the Node SDK and the schemas use PUT).
    /// </summary>
    public TopGgCommandsMethod CommandsMethod { get; set; } = TopGgCommandsMethod.Post;

    /// <summary>
    /// The field that carries the page text in <c>PATCH /v1/projects/@me</c>. Default
    /// <see cref="TopGgProjectContentField.PageContent"/> (<c>page_content</c>, Node SDK and schemas; topggpy 2.0 sends <c>content</c>).
    /// </summary>
    public TopGgProjectContentField ProjectContentField { get; set; } = TopGgProjectContentField.PageContent;

    /// <summary>
    /// The body of <c>POST /v1/projects/@me/metrics/batch</c>. Default <see cref="TopGgMetricsBatchBody.DataEnvelope"/>
    /// (<c>{"data":[…]}</c>, Node SDK and schemas; topggpy 2.0 sends a bare array).
    /// </summary>
    public TopGgMetricsBatchBody MetricsBatchBody { get; set; } = TopGgMetricsBatchBody.DataEnvelope;

    /// <summary>Checks that every value is defined.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is not a member of its enum.</exception>
    public void Validate()
    {
        Require(CommandsMethod, nameof(CommandsMethod));
        Require(ProjectContentField, nameof(ProjectContentField));
        Require(MetricsBatchBody, nameof(MetricsBatchBody));
    }

    private static void Require<TEnum>(TEnum value, string name)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{value} is not a {typeof(TEnum).Name}.");
        }
    }
}
