namespace Guildhall.Cli.Tour;

/// <summary>The sections of the tour, in the order they run.</summary>
internal static class TourSections
{
    public static IReadOnlyList<ITourSection> CreateAll() =>
    [
        new TopGgTourSection(),
        new TopGgWebhookTourSection(),
        new TatsuTourSection(),
        new PolympicsTourSection(),
        new OsuTourSection(),
        new OsuContentTourSection(),
        new OsuCommunityTourSection(),
    ];
}
