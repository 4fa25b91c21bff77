using System.CommandLine;
using System.CommandLine.Parsing;
using Guildhall.TopGg.Widgets;

namespace Guildhall.Cli.Commands.TopGg;

/// <summary>
/// The colour options of <c>topgg widget</c>: the legacy large widget's seven and the legacy small widgets' five, each
/// six hex digits with or without <c>#</c>. The v1 widgets take none (Top.gg documents no options for them).
/// </summary>
internal sealed class WidgetColorOptions
{
    private readonly Option<TopGgWidgetColor?> _top = Color("--top-color", "The large widget's top band (topcolor).");
    private readonly Option<TopGgWidgetColor?> _middle = Color("--middle-color", "The large widget's middle band (middlecolor).");
    private readonly Option<TopGgWidgetColor?> _username = Color("--username-color", "The large widget's bot name (usernamecolor).");
    private readonly Option<TopGgWidgetColor?> _certified = Color("--certified-color", "The large widget's certified mark (certifiedcolor).");
    private readonly Option<TopGgWidgetColor?> _data = Color("--data-color", "The large widget's numbers (datacolor).");
    private readonly Option<TopGgWidgetColor?> _label = Color("--label-color", "The large widget's labels (labelcolor).");
    private readonly Option<TopGgWidgetColor?> _highlight = Color("--highlight-color", "The large widget's highlight (highlightcolor).");
    private readonly Option<TopGgWidgetColor?> _avatarBackground = Color("--avatar-bg", "The small widgets' background behind the avatar (avatarbg).");
    private readonly Option<TopGgWidgetColor?> _left = Color("--left-color", "The small widgets' left half (leftcolor).");
    private readonly Option<TopGgWidgetColor?> _right = Color("--right-color", "The small widgets' right half (rightcolor).");
    private readonly Option<TopGgWidgetColor?> _leftText = Color("--left-text-color", "The small widgets' left text (lefttextcolor).");
    private readonly Option<TopGgWidgetColor?> _rightText = Color("--right-text-color", "The small widgets' right text (righttextcolor).");
    private readonly Option<bool> _noAvatar = new("--no-avatar") { Description = "Leave the bot's avatar out of the small widgets (noavatar=true)." };

    private Option[] LargeOptions => [_top, _middle, _username, _certified, _data, _label, _highlight];

    private Option[] SmallOptions => [_avatarBackground, _left, _right, _leftText, _rightText, _noAvatar];

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public Command AddTo(Command command)
    {
        foreach (var option in LargeOptions.Concat(SmallOptions))
        {
            command.Options.Add(option);
        }

        return command;
    }

    /// <summary>The large widget's colours the command line gives.</summary>
    public TopGgLargeWidgetOptions Large(ParseResult parse) => new()
    {
        TopColor = parse.GetValue(_top),
        MiddleColor = parse.GetValue(_middle),
        UsernameColor = parse.GetValue(_username),
        CertifiedColor = parse.GetValue(_certified),
        DataColor = parse.GetValue(_data),
        LabelColor = parse.GetValue(_label),
        HighlightColor = parse.GetValue(_highlight),
    };

    /// <summary>The small widgets' look the command line gives.</summary>
    public TopGgSmallWidgetOptions Small(ParseResult parse) => new()
    {
        AvatarBackground = parse.GetValue(_avatarBackground),
        LeftColor = parse.GetValue(_left),
        RightColor = parse.GetValue(_right),
        LeftTextColor = parse.GetValue(_leftText),
        RightTextColor = parse.GetValue(_rightText),
        NoAvatar = parse.GetValue(_noAvatar),
    };

    /// <summary>Refuses an option that none of the <paramref name="widgets"/> takes, rather than ignoring it.</summary>
    public void CheckUsedBy(ParseResult parse, IReadOnlyCollection<string> widgets)
    {
        var unused = new List<Option>();
        if (!widgets.Contains("large"))
        {
            unused.AddRange(LargeOptions);
        }

        if (!widgets.Any(widget => widget is "status" or "servers" or "lib" or "upvotes" or "owner"))
        {
            unused.AddRange(SmallOptions);
        }

        if (unused.FirstOrDefault(option => parse.GetResult(option) is { Implicit: false }) is { } given)
        {
            var which = LargeOptions.Contains(given) ? "the legacy large widget" : "the legacy small widgets";
            throw new ArgumentException($"{given.Name} applies to {which}, and none of them is asked for.");
        }
    }

    private static Option<TopGgWidgetColor?> Color(string name, string description) => new(name)
    {
        Description = description + " Six hex digits, for example FF8800 or #FF8800.",
        CustomParser = result => Parse(name, result),
    };

    private static TopGgWidgetColor? Parse(string name, ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value;
        try
        {
            return TopGgWidgetColor.Parse(text);
        }
        catch (FormatException)
        {
            result.AddError($"{name} takes a colour as six hex digits (for example FF8800 or #FF8800), not '{text}'.");
            return null;
        }
    }
}
