using System.Net;
using Guildhall.Sandbox.Tatsu;
using static Guildhall.Sandbox.Tatsu.TatsuSandboxData;

namespace Guildhall.Sandbox.Tests.Tatsu;

public sealed class TatsuProfileAndStoreTests
{
    private const string Key = TatsuSandboxCredentials.WandererKey;

    [Fact]
    public async Task Profile_has_every_documented_field_with_the_id_as_a_string()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        using var response = await sandbox.GetAsync($"/users/{GuildmasterUserId}/profile", Key);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var profile = await TatsuSandbox.ReadObjectAsync(response);
        Assert.Equal(GuildmasterUserId.ToString(), profile["id"]!.GetValue<string>());
        Assert.Equal("guildmaster", profile["username"]!.GetValue<string>());
        Assert.Equal(1, profile["subscription_type"]!.GetValue<int>());
        // The renewal is 21 days after the seeding moment, written as RFC 3339 in UTC.
        Assert.Equal("2025-04-04T12:00:00Z", profile["subscription_renewal"]!.GetValue<string>());
        foreach (var field in new[] { "avatar_hash", "avatar_url", "credits", "discriminator", "info_box", "reputation", "title", "tokens", "xp" })
        {
            Assert.NotNull(profile[field]);
        }

        Assert.StartsWith($"https://cdn.discordapp.com/avatars/{GuildmasterUserId}/", profile["avatar_url"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(ApprenticeUserId, null)]
    [InlineData(WandererUserId, "")]
    [InlineData(MemberUserIdBase + 7, "0001-01-01T00:00:00Z")]
    public async Task Non_supporters_show_every_renewal_shape_the_real_service_sends(ulong userId, string? renewal)
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        using var response = await sandbox.GetAsync($"/users/{userId}/profile", Key);

        var profile = await TatsuSandbox.ReadObjectAsync(response);
        Assert.Equal(0, profile["subscription_type"]!.GetValue<int>());
        if (renewal is null)
        {
            Assert.False(profile.ContainsKey("subscription_renewal"));
        }
        else
        {
            Assert.Equal(renewal, profile["subscription_renewal"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Unknown_user_is_a_404_with_the_generic_error_body()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        using var response = await sandbox.GetAsync($"/users/{UnknownUserId}/profile", Key);

        await TatsuSandbox.AssertErrorAsync(response, 404, 0, "404: Not Found");
    }

    [Theory]
    [InlineData("not-a-snowflake")]
    [InlineData("-5")]
    [InlineData("0")]
    public async Task A_user_id_that_is_not_a_snowflake_is_a_bad_request(string userId)
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        using var response = await sandbox.GetAsync($"/users/{userId}/profile", Key);

        await TatsuSandbox.AssertErrorAsync(response, 400, 0, "400: Bad Request");
    }

    [Fact]
    public async Task Store_listing_carries_prices_with_currency_numbers()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        using var response = await sandbox.GetAsync($"/store/listings/{SupporterBadgeListingId}", Key);

        var listing = await TatsuSandbox.ReadObjectAsync(response);
        Assert.Equal(SupporterBadgeListingId, listing["id"]!.GetValue<string>());
        Assert.True(listing["new"]!.GetValue<bool>());
        var prices = listing["prices"]!.AsArray();
        Assert.Equal(2, prices.Count);
        Assert.Equal(4, prices[0]!["currency"]!.GetValue<int>());
        Assert.Equal(4.99, prices[0]!["amount"]!.GetValue<double>());
        Assert.Equal(1, prices[1]!["currency"]!.GetValue<int>());
    }

    [Fact]
    public async Task Bare_store_listing_omits_every_optional_field()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        using var response = await sandbox.GetAsync($"/store/listings/{PlainBackgroundListingId}", Key);

        var listing = await TatsuSandbox.ReadObjectAsync(response);
        Assert.Equal("Plain Grey", listing["name"]!.GetValue<string>());
        foreach (var field in new[] { "preview", "prices", "categories", "tags" })
        {
            Assert.False(listing.ContainsKey(field), field);
        }
    }

    [Fact]
    public async Task Unknown_store_listing_is_a_404()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        using var response = await sandbox.GetAsync("/store/listings/furni_does_not_exist", Key);

        await TatsuSandbox.AssertErrorAsync(response, 404, 0, "404: Not Found");
    }

    [Fact]
    public async Task Unknown_route_is_a_404_with_the_json_error_body()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        using var response = await sandbox.GetAsync("/users", Key);

        await TatsuSandbox.AssertErrorAsync(response, 404, 0, "404: Not Found");
    }
}
