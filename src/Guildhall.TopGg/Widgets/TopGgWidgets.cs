using System.Globalization;
using Guildhall.Core;
using Guildhall.TopGg.Models;

namespace Guildhall.TopGg.Widgets;

/// <summary>
/// Builds Top.gg widget image URLs (no token needed, nothing is sent): the legacy large and small widgets under
/// <c>/widget</c> and the v1 widgets under <c>/v1/widgets</c>.
/// </summary>
/// <example>
/// <code>
/// var badge = TopGgWidgets.Default.Small(TopGgSmallWidgetType.Servers, botId, TopGgWidgetFormat.Svg,
///     new TopGgSmallWidgetOptions { LeftColor = TopGgWidgetColor.Parse("#2C2F33"), NoAvatar = true });
/// // https://top.gg/api/widget/servers/{botId}.svg?leftcolor=2C2F33&amp;noavatar=true
/// </code>
/// </example>
public sealed class TopGgWidgets
{
    private readonly Uri _baseAddress;

    /// <summary>Creates a builder for widgets served at <paramref name="baseAddress"/>.</summary>
    /// <param name="baseAddress">The API's base address; default <see cref="TopGgClientOptions.DefaultBaseAddress"/> (<c>https://top.gg/api</c>).</param>
    public TopGgWidgets(Uri? baseAddress = null)
    {
        var root = (baseAddress ?? TopGgClientOptions.DefaultBaseAddress).AbsoluteUri;
        _baseAddress = new Uri(root.EndsWith('/') ? root : root + "/");
    }

    /// <summary>The builder for the real service.</summary>
    public static TopGgWidgets Default { get; } = new();

    /// <summary>The legacy large widget: <c>/widget/{botId}.{svg|png}</c>.</summary>
    /// <param name="botId">The bot's id.</param>
    /// <param name="format">The image format.</param>
    /// <param name="options">Colours; <see langword="null"/> for the defaults.</param>
    public Uri Large(ulong botId, TopGgWidgetFormat format = TopGgWidgetFormat.Svg, TopGgLargeWidgetOptions? options = null) =>
        Build($"widget/{Id(botId)}.{Extension(format)}", options?.ToQuery());

    /// <summary>A legacy small widget: <c>/widget/{type}/{botId}.{svg|png}</c>.</summary>
    /// <param name="type">What it shows.</param>
    /// <param name="botId">The bot's id.</param>
    /// <param name="format">The image format.</param>
    /// <param name="options">Colours and <c>noavatar</c>; <see langword="null"/> for the defaults.</param>
    public Uri Small(TopGgSmallWidgetType type, ulong botId, TopGgWidgetFormat format = TopGgWidgetFormat.Svg, TopGgSmallWidgetOptions? options = null)
    {
        var path = type switch
        {
            TopGgSmallWidgetType.Status => "status",
            TopGgSmallWidgetType.Servers => "servers",
            TopGgSmallWidgetType.Library => "lib",
            TopGgSmallWidgetType.Upvotes => "upvotes",
            TopGgSmallWidgetType.Owner => "owner",
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a small widget type."),
        };
        return Build($"widget/{path}/{Id(botId)}.{Extension(format)}", options?.ToQuery());
    }

    /// <summary>The v1 large widget: <c>/v1/widgets/large/{platform}/{type}/{id}</c>.</summary>
    /// <param name="platform">The project's platform.</param>
    /// <param name="projectType">The project's type.</param>
    /// <param name="id">The project's id on its platform.</param>
    public Uri LargeV1(TopGgPlatform platform, TopGgProjectType projectType, ulong id) =>
        Build($"v1/widgets/large/{Platform(platform)}/{ProjectType(projectType)}/{Id(id)}", null);

    /// <summary>A v1 small widget: <c>/v1/widgets/small/{votes|owner|social}/{platform}/{type}/{id}</c>.</summary>
    /// <param name="type">What it shows.</param>
    /// <param name="platform">The project's platform.</param>
    /// <param name="projectType">The project's type.</param>
    /// <param name="id">The project's id on its platform.</param>
    public Uri SmallV1(TopGgV1SmallWidgetType type, TopGgPlatform platform, TopGgProjectType projectType, ulong id)
    {
        var path = type switch
        {
            TopGgV1SmallWidgetType.Votes => "votes",
            TopGgV1SmallWidgetType.Owner => "owner",
            TopGgV1SmallWidgetType.Social => "social",
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a v1 small widget type."),
        };
        return Build($"v1/widgets/small/{path}/{Platform(platform)}/{ProjectType(projectType)}/{Id(id)}", null);
    }

    private Uri Build(string path, IEnumerable<(string Name, string Value)>? query)
    {
        var builder = new QueryBuilder(path);
        foreach (var (name, value) in query ?? [])
        {
            builder.Add(name, value);
        }

        return new Uri(_baseAddress, builder.ToString());
    }

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Extension(TopGgWidgetFormat format) => format switch
    {
        TopGgWidgetFormat.Svg => "svg",
        TopGgWidgetFormat.Png => "png",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a widget format."),
    };

    private static string Platform(TopGgPlatform platform) => platform switch
    {
        TopGgPlatform.Discord => "discord",
        TopGgPlatform.Roblox => "roblox",
        _ => throw new ArgumentOutOfRangeException(nameof(platform), platform, "Widgets exist for Discord and Roblox projects."),
    };

    private static string ProjectType(TopGgProjectType type) => type switch
    {
        TopGgProjectType.Bot => "bot",
        TopGgProjectType.Server => "server",
        TopGgProjectType.Game => "game",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Widgets exist for bots, servers and games."),
    };
}
