using System.CommandLine;
using System.Globalization;
using Guildhall.Cli.Output;
using Guildhall.TopGg.Models;
using Guildhall.TopGg.Widgets;

namespace Guildhall.Cli.Commands.TopGg;

/// <summary>A project's widget images: addresses only, nothing is sent.</summary>
internal static class TopGgWidgetCommands
{
    /// <summary>The widgets <c>--type</c> accepts, by the name the command line uses: the legacy ones, then the v1 ones.</summary>
    private static readonly string[] LegacyWidgetNames = ["large", "status", "servers", "lib", "upvotes", "owner"];

    private static readonly string[] V1WidgetNames = ["v1-large", "v1-votes", "v1-owner", "v1-social"];

    public static Command Widget(TopGgCommandContext context)
    {
        var id = new Argument<ulong>("id") { Description = "The project's id on its platform: for a Discord bot, the bot's id." };
        var type = new Option<string?>("--type") { Description = $"One widget: {string.Join(", ", [.. LegacyWidgetNames, .. V1WidgetNames])} (default: every widget the project has)." };
        type.AcceptOnlyFromAmong([.. LegacyWidgetNames, .. V1WidgetNames]);
        var platform = new Option<string>("--platform") { Description = "The project's platform, for the v1 widgets: discord or roblox.", DefaultValueFactory = _ => "discord" };
        platform.AcceptOnlyFromAmong("discord", "roblox");
        var projectType = new Option<string>("--project-type") { Description = "What the project is, for the v1 widgets: bot, server or game. The legacy widgets exist only for Discord bots.", DefaultValueFactory = _ => "bot" };
        projectType.AcceptOnlyFromAmong("bot", "server", "game");
        var format = new Option<TopGgWidgetFormat>("--format") { Description = "The image format of the legacy widgets: Svg or Png.", DefaultValueFactory = _ => TopGgWidgetFormat.Svg };
        var colors = new WidgetColorOptions();
        var command = colors.AddTo(new Command("widget", "Print a project's widget image addresses (nothing is sent; no token needed).") { id, type, platform, projectType, format });
        CommandRunner.SetAction(command, (parse, _) =>
        {
            var project = new WidgetProject(
                parse.GetValue(id),
                parse.GetValue(platform) == "roblox" ? TopGgPlatform.Roblox : TopGgPlatform.Discord,
                parse.GetValue(projectType) switch { "server" => TopGgProjectType.Server, "game" => TopGgProjectType.Game, _ => TopGgProjectType.Bot });
            var chosen = Chosen(parse.GetValue(type), project);
            colors.CheckUsedBy(parse, chosen);
            var widgets = new TopGgWidgets(context.Api.GetBaseUri(parse));
            var (imageFormat, small, large) = (parse.GetValue(format), colors.Small(parse), colors.Large(parse));
            IReadOnlyList<WidgetUrlAnswer> urls =
            [
                .. chosen.Select(name => new WidgetUrlAnswer(name, UrlOf(widgets, name, project, imageFormat, small, large).AbsoluteUri)),
            ];
            context.Write(parse, urls, CliJsonContext.Default.IReadOnlyListWidgetUrlAnswer, PrintUrls);
            return Task.CompletedTask;
        });
        return command;
    }

    // Top.gg serves the legacy widgets for Discord bots only; the v1 ones for every platform and project type.
    private static string[] Chosen(string? type, WidgetProject project)
    {
        var legacy = project is { Platform: TopGgPlatform.Discord, Type: TopGgProjectType.Bot };
        if (type is null)
        {
            return legacy ? [.. LegacyWidgetNames, .. V1WidgetNames] : V1WidgetNames;
        }

        return legacy || V1WidgetNames.Contains(type)
            ? [type]
            : throw new ArgumentException($"the {type} widget exists only for Discord bots: use a v1 widget (v1-large, v1-votes, v1-owner, v1-social) for this project.");
    }

    private static Uri UrlOf(TopGgWidgets widgets, string name, WidgetProject project, TopGgWidgetFormat format, TopGgSmallWidgetOptions small, TopGgLargeWidgetOptions large) => name switch
    {
        "large" => widgets.Large(project.Id, format, large),
        "status" => widgets.Small(TopGgSmallWidgetType.Status, project.Id, format, small),
        "servers" => widgets.Small(TopGgSmallWidgetType.Servers, project.Id, format, small),
        "lib" => widgets.Small(TopGgSmallWidgetType.Library, project.Id, format, small),
        "upvotes" => widgets.Small(TopGgSmallWidgetType.Upvotes, project.Id, format, small),
        "owner" => widgets.Small(TopGgSmallWidgetType.Owner, project.Id, format, small),
        "v1-large" => widgets.LargeV1(project.Platform, project.Type, project.Id),
        "v1-votes" => widgets.SmallV1(TopGgV1SmallWidgetType.Votes, project.Platform, project.Type, project.Id),
        "v1-owner" => widgets.SmallV1(TopGgV1SmallWidgetType.Owner, project.Platform, project.Type, project.Id),
        "v1-social" => widgets.SmallV1(TopGgV1SmallWidgetType.Social, project.Platform, project.Type, project.Id),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a widget."),
    };

    private static void PrintUrls(TextWriter output, IReadOnlyList<WidgetUrlAnswer> urls) =>
        TableWriter.WritePairs(output, urls.Select(url => (url.Widget, (string?)url.Url)));

    private sealed record WidgetProject(ulong Id, TopGgPlatform Platform, TopGgProjectType Type);
}
