using System.CommandLine;
using Guildhall.Cli.Commands.TopGg;
using Guildhall.TopGg;

namespace Guildhall.Cli.Commands;

/// <summary>
/// <c>guildhall topgg …</c>: every Top.gg endpoint from the command line, through the same client and rate limiter a bot
/// uses. The token comes from <c>--token</c> or <c>TOPGG_TOKEN</c>; <c>--base-url</c> points at the sandbox.
/// </summary>
internal static class TopGgCommands
{
    /// <summary>The subcommands, in the order help lists them. Add a factory here to add a subcommand.</summary>
    private static readonly Func<TopGgCommandContext, Command>[] Subcommands =
    [
        TopGgBotCommands.Bot,
        TopGgBotCommands.Search,
        TopGgBotCommands.Stats,
        TopGgBotCommands.PostStats,
        TopGgAutopostCommand.Create,
        TopGgWidgetCommands.Widget,
        TopGgBotCommands.Votes,
        TopGgBotCommands.Check,
        TopGgBotCommands.Weekend,
        TopGgBotCommands.User,
        TopGgProjectCommands.Project,
        TopGgProjectCommands.EditProject,
        TopGgProjectCommands.ProjectVotes,
        TopGgProjectCommands.Vote,
        TopGgProjectCommands.Commands,
        TopGgProjectCommands.Announce,
        TopGgProjectCommands.Metrics,
        TopGgProjectCommands.MetricsBatch,
        TopGgWebhookCommands.Listen,
        TopGgWebhookCommands.SendVote,
    ];

    public static Command Create()
    {
        var context = new TopGgCommandContext(new ApiCommandOptions(
            CliApi.TopGg,
            "The Top.gg API token (project dashboard, \"Integrations & API\").",
            rateLimited: true));
        var command = new Command("topgg", "Call the Top.gg API, v0 and v1 (or the sandbox: --base-url http://127.0.0.1:5080/topgg/api).");
        context.AddTo(command);
        foreach (var factory in Subcommands)
        {
            command.Subcommands.Add(factory(context));
        }

        return command;
    }
}
