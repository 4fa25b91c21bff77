using Guildhall.TopGg.Models;
using Guildhall.TopGg.Widgets;

namespace Guildhall.TopGg.Tests.Widgets;

public sealed class TopGgWidgetsTests
{
    private const ulong BotId = 1026525568344264724;

    [Theory]
    [InlineData(TopGgWidgetFormat.Svg, "https://top.gg/api/widget/1026525568344264724.svg")]
    [InlineData(TopGgWidgetFormat.Png, "https://top.gg/api/widget/1026525568344264724.png")]
    public void The_large_widget_is_the_bot_id_with_the_format(TopGgWidgetFormat format, string expected)
    {
        Assert.Equal(expected, TopGgWidgets.Default.Large(BotId, format).AbsoluteUri);
    }

    [Fact]
    public void Large_widget_colours_are_six_hex_digits_under_their_documented_names()
    {
        var options = new TopGgLargeWidgetOptions
        {
            TopColor = TopGgWidgetColor.FromRgb(0x00FF00),
            MiddleColor = TopGgWidgetColor.Parse("#2c2f33"),
            UsernameColor = TopGgWidgetColor.FromRgb(255, 255, 255),
            CertifiedColor = TopGgWidgetColor.FromRgb(1),
            DataColor = TopGgWidgetColor.Parse("ABCDEF"),
            LabelColor = TopGgWidgetColor.FromRgb(0x123456),
            HighlightColor = TopGgWidgetColor.FromRgb(0xFEDCBA),
        };

        var url = TopGgWidgets.Default.Large(BotId, TopGgWidgetFormat.Png, options);

        Assert.Equal(
            "https://top.gg/api/widget/1026525568344264724.png?topcolor=00FF00&middlecolor=2C2F33&usernamecolor=FFFFFF&certifiedcolor=000001&datacolor=ABCDEF&labelcolor=123456&highlightcolor=FEDCBA",
            url.AbsoluteUri);
    }

    [Theory]
    [InlineData(TopGgSmallWidgetType.Status, "status")]
    [InlineData(TopGgSmallWidgetType.Servers, "servers")]
    [InlineData(TopGgSmallWidgetType.Library, "lib")]
    [InlineData(TopGgSmallWidgetType.Upvotes, "upvotes")]
    [InlineData(TopGgSmallWidgetType.Owner, "owner")]
    public void Each_small_widget_type_has_its_path(TopGgSmallWidgetType type, string path)
    {
        Assert.Equal($"https://top.gg/api/widget/{path}/1026525568344264724.svg", TopGgWidgets.Default.Small(type, BotId).AbsoluteUri);
    }

    [Fact]
    public void Small_widget_colours_and_noavatar_are_sent()
    {
        var options = new TopGgSmallWidgetOptions
        {
            AvatarBackground = TopGgWidgetColor.FromRgb(0x000000),
            LeftColor = TopGgWidgetColor.FromRgb(0x111111),
            RightColor = TopGgWidgetColor.FromRgb(0x222222),
            LeftTextColor = TopGgWidgetColor.FromRgb(0x333333),
            RightTextColor = TopGgWidgetColor.FromRgb(0x444444),
            NoAvatar = true,
        };

        var url = TopGgWidgets.Default.Small(TopGgSmallWidgetType.Library, BotId, TopGgWidgetFormat.Svg, options);

        Assert.Equal(
            "https://top.gg/api/widget/lib/1026525568344264724.svg?avatarbg=000000&leftcolor=111111&rightcolor=222222&lefttextcolor=333333&righttextcolor=444444&noavatar=true",
            url.AbsoluteUri);
    }

    [Fact]
    public void Unset_options_add_no_query()
    {
        Assert.Empty(TopGgWidgets.Default.Small(TopGgSmallWidgetType.Owner, BotId, TopGgWidgetFormat.Png, new TopGgSmallWidgetOptions()).Query);
        Assert.Empty(TopGgWidgets.Default.Large(BotId, TopGgWidgetFormat.Svg, new TopGgLargeWidgetOptions()).Query);
    }

    [Theory]
    [InlineData(TopGgPlatform.Discord, TopGgProjectType.Bot, "discord/bot")]
    [InlineData(TopGgPlatform.Discord, TopGgProjectType.Server, "discord/server")]
    [InlineData(TopGgPlatform.Roblox, TopGgProjectType.Game, "roblox/game")]
    public void V1_widgets_name_the_platform_and_the_project_type(TopGgPlatform platform, TopGgProjectType type, string segment)
    {
        Assert.Equal($"https://top.gg/api/v1/widgets/large/{segment}/42", TopGgWidgets.Default.LargeV1(platform, type, 42).AbsoluteUri);
        Assert.Equal($"https://top.gg/api/v1/widgets/small/votes/{segment}/42", TopGgWidgets.Default.SmallV1(TopGgV1SmallWidgetType.Votes, platform, type, 42).AbsoluteUri);
        Assert.Equal($"https://top.gg/api/v1/widgets/small/owner/{segment}/42", TopGgWidgets.Default.SmallV1(TopGgV1SmallWidgetType.Owner, platform, type, 42).AbsoluteUri);
        Assert.Equal($"https://top.gg/api/v1/widgets/small/social/{segment}/42", TopGgWidgets.Default.SmallV1(TopGgV1SmallWidgetType.Social, platform, type, 42).AbsoluteUri);
    }

    [Fact]
    public void Unknown_platforms_types_and_formats_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TopGgWidgets.Default.LargeV1(TopGgPlatform.Unknown, TopGgProjectType.Bot, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => TopGgWidgets.Default.LargeV1(TopGgPlatform.Discord, TopGgProjectType.Unknown, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => TopGgWidgets.Default.Large(1, (TopGgWidgetFormat)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => TopGgWidgets.Default.Small((TopGgSmallWidgetType)9, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => TopGgWidgets.Default.SmallV1((TopGgV1SmallWidgetType)9, TopGgPlatform.Discord, TopGgProjectType.Bot, 1));
    }

    [Fact]
    public void Another_base_address_is_kept_with_or_without_a_trailing_slash()
    {
        Assert.Equal("http://127.0.0.1:5080/topgg/api/widget/1.svg", new TopGgWidgets(new Uri("http://127.0.0.1:5080/topgg/api")).Large(1).AbsoluteUri);
        Assert.Equal("http://127.0.0.1:5080/topgg/api/widget/1.svg", new TopGgWidgets(new Uri("http://127.0.0.1:5080/topgg/api/")).Large(1).AbsoluteUri);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0x1000000)]
    [InlineData(0x7FFFFFFF)]
    public void A_colour_with_an_alpha_byte_or_out_of_range_is_refused(int rgb)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TopGgWidgetColor.FromRgb(rgb));
    }

    [Theory]
    [InlineData("")]
    [InlineData("#FFF")]
    [InlineData("FFFFFFFF")]
    [InlineData("GGGGGG")]
    [InlineData("#-12345")]
    public void A_colour_that_is_not_six_hex_digits_is_refused(string text)
    {
        Assert.Throws<FormatException>(() => TopGgWidgetColor.Parse(text));
    }

    [Fact]
    public void A_colour_prints_as_six_upper_case_digits()
    {
        Assert.Equal("0A0B0C", TopGgWidgetColor.FromRgb(10, 11, 12).ToString());
        Assert.Equal(0x0A0B0C, TopGgWidgetColor.Parse(" #0a0b0c ").Rgb);
    }
}
