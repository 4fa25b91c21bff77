using System.Globalization;
using Guildhall.Cli.Output;
using Guildhall.Tatsu.Models;

namespace Guildhall.Cli.Commands.Tatsu;

/// <summary>Turns Tatsu models into the CLI's tables; the JSON form goes through the package's own serializer context.</summary>
internal static class TatsuPrinter
{
    public static void Profile(TextWriter output, TatsuUserProfile profile) => TableWriter.WritePairs(output,
    [
        ("user id", Id(profile.UserId)),
        ("username", profile.Username),
        ("title", profile.Title),
        ("credits", Number(profile.Credits)),
        ("tokens", Number(profile.Tokens)),
        ("xp", Number(profile.Xp)),
        ("reputation", Number(profile.Reputation)),
        ("subscription", profile.SubscriptionType.ToString()),
        ("renews", profile.SubscriptionRenewal?.ToString("u", CultureInfo.InvariantCulture) ?? "-"),
        ("info box", profile.InfoBox),
        ("avatar", profile.AvatarUrl),
    ]);

    public static void Ranking(TextWriter output, TatsuMemberRanking ranking) => TableWriter.WritePairs(output,
    [
        ("guild id", Id(ranking.GuildId)),
        ("user id", Id(ranking.UserId)),
        ("rank", Number(ranking.Rank)),
        ("score", Number(ranking.Score)),
    ]);

    public static void Rankings(TextWriter output, IReadOnlyList<TatsuRankedMember> rows) => TableWriter.Write(
        output,
        ["rank", "user id", "score"],
        rows.Select(row => (IReadOnlyList<string?>)[Number(row.Rank), Id(row.UserId), Number(row.Score)]));

    public static void Points(TextWriter output, TatsuMemberPoints points) => TableWriter.WritePairs(output,
    [
        ("guild id", Id(points.GuildId)),
        ("user id", Id(points.UserId)),
        ("points", Number(points.Points)),
        ("rank", Number(points.Rank)),
    ]);

    public static void Score(TextWriter output, TatsuMemberScore score) => TableWriter.WritePairs(output,
    [
        ("guild id", Id(score.GuildId)),
        ("user id", Id(score.UserId)),
        ("score", Number(score.Score)),
    ]);

    public static void Listing(TextWriter output, TatsuStoreListing listing)
    {
        TableWriter.WritePairs(output,
        [
            ("id", listing.Id),
            ("name", listing.Name + (listing.IsNew ? " (new)" : "")),
            ("summary", listing.Summary),
            ("categories", string.Join(", ", listing.Categories)),
            ("tags", string.Join(", ", listing.Tags)),
            ("preview", listing.Preview ?? "-"),
        ]);
        output.WriteLine();
        TableWriter.Write(
            output,
            ["currency", "amount"],
            listing.Prices.Select(price => (IReadOnlyList<string?>)[price.Currency.ToString(), price.Amount.ToString(CultureInfo.InvariantCulture)]));
    }

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Number(ulong value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
