using System.Net;
using System.Text.Json;
using Guildhall.Core.Errors;
using Guildhall.Sandbox.Tatsu;
using Guildhall.Tatsu.Models;
using static Guildhall.Sandbox.Tatsu.TatsuSandboxData;

namespace Guildhall.Tatsu.Tests;

public sealed class TatsuUsersAndStoreTests
{
    [Fact]
    public async Task Profile_maps_every_field_and_keeps_the_raw_json()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();

        var profile = await tatsu.Users.GetProfileAsync(GuildmasterUserId);

        Assert.Equal(GuildmasterUserId, profile.UserId);
        Assert.Equal("guildmaster", profile.Username);
        Assert.Equal("0", profile.Discriminator);
        Assert.Equal(TatsuSubscriptionType.Supporter, profile.SubscriptionType);
        Assert.Equal(new DateTimeOffset(2025, 4, 4, 12, 0, 0, TimeSpan.Zero), profile.SubscriptionRenewal);
        Assert.StartsWith($"https://cdn.discordapp.com/avatars/{GuildmasterUserId}/{profile.AvatarHash}", profile.AvatarUrl);
        Assert.Equal("Hello, I am guildmaster.", profile.InfoBox);
        Assert.True(profile.Credits > 0 && profile.Xp > 0);
        Assert.Equal(profile.Credits, profile.Raw.GetProperty("credits").GetUInt64());
        Assert.Equal(GuildmasterUserId.ToString(), profile.Raw.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData(ApprenticeUserId)]
    [InlineData(WandererUserId)]
    [InlineData(MemberUserIdBase + 3)]
    public async Task A_missing_empty_or_year_zero_renewal_reads_as_null(ulong userId)
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();

        var profile = await tatsu.Users.GetProfileAsync(userId);

        Assert.Equal(TatsuSubscriptionType.None, profile.SubscriptionType);
        Assert.Null(profile.SubscriptionRenewal);
    }

    [Fact]
    public async Task Unknown_subscription_types_and_numbers_sent_as_strings_are_tolerated()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        await bed.PutAdminAsync($"users/{UnknownUserId}/profile",
            """{"username":"future","subscription_type":9,"credits":"1200","xp":5,"subscription_renewal":"2030-01-02T03:04:05.1234567+02:00","brand_new_field":true}""");
        var tatsu = bed.CreateClient();

        var profile = await tatsu.Users.GetProfileAsync(UnknownUserId);

        Assert.Equal(TatsuSubscriptionType.Unknown, profile.SubscriptionType);
        Assert.Equal(9, profile.Raw.GetProperty("subscription_type").GetInt32());
        Assert.Equal(1200ul, profile.Credits);
        Assert.Equal(new DateTimeOffset(2030, 1, 2, 1, 4, 5, TimeSpan.Zero).AddTicks(1_234_567), profile.SubscriptionRenewal);
        Assert.True(profile.Raw.GetProperty("brand_new_field").GetBoolean());
        Assert.Null(profile.Title);
    }

    [Fact]
    public async Task Unknown_user_is_not_found_with_tatsus_code_and_message()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();

        var error = await Assert.ThrowsAsync<ApiNotFoundException>(() => tatsu.Users.GetProfileAsync(UnknownUserId));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal(TatsuErrorCodes.Generic, error.ErrorCode);
        Assert.Equal("404: Not Found", error.ServerMessage);
        Assert.Equal("tatsu", error.Api);
        Assert.Equal("tatsu.users.profile.get", error.Operation);
    }

    [Fact]
    public async Task A_zero_user_id_is_refused_before_anything_is_sent()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => tatsu.Users.GetProfileAsync(0));
        Assert.Empty(await bed.RequestsAsync());
    }

    [Fact]
    public async Task The_key_is_sent_raw_with_a_descriptive_user_agent()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient(TatsuSandboxCredentials.WandererKey);

        await tatsu.Users.GetProfileAsync(SupporterUserId);

        var request = Assert.Single(await bed.RequestsAsync());
        Assert.Equal(200, request["status"]!.GetValue<int>());
        Assert.Equal(WandererUserId.ToString(), request["caller_id"]!.GetValue<string>());
        Assert.StartsWith("Guildhall.Tatsu/", request["user_agent"]!.GetValue<string>());
    }

    [Fact]
    public async Task Store_listing_maps_prices_with_their_currencies()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();

        var listing = await tatsu.Store.GetListingAsync(SupporterBadgeListingId);

        Assert.Equal(SupporterBadgeListingId, listing.Id);
        Assert.True(listing.IsNew);
        Assert.Equal(
            [new TatsuStorePrice { Currency = TatsuStoreCurrency.Usd, Amount = 4.99m }, new TatsuStorePrice { Currency = TatsuStoreCurrency.Tokens, Amount = 500m }],
            listing.Prices);
        Assert.Equal(["badges"], listing.Categories);
        Assert.Equal(JsonValueKind.Object, listing.Raw.ValueKind);
    }

    [Fact]
    public async Task A_bare_listing_has_empty_collections_and_no_preview()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();

        var listing = await tatsu.Store.GetListingAsync(PlainBackgroundListingId);

        Assert.Equal("Plain Grey", listing.Name);
        Assert.Null(listing.Preview);
        Assert.Empty(listing.Prices);
        Assert.Empty(listing.Categories);
        Assert.Empty(listing.Tags);
    }

    [Fact]
    public async Task Null_collections_unknown_currencies_and_an_empty_preview_are_read_as_sent()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        await bed.PutAdminAsync("store/listings/pet dragon",
            """{"name":"Dragon","summary":"","description":"","new":false,"preview":"","prices":[{"currency":42,"amount":3}],"categories":null,"tags":null}""");
        var tatsu = bed.CreateClient();

        var listing = await tatsu.Store.GetListingAsync("pet dragon");

        Assert.Equal("pet dragon", listing.Id);
        Assert.Equal("", listing.Preview);
        Assert.Equal(TatsuStoreCurrency.Unknown, Assert.Single(listing.Prices).Currency);
        Assert.Empty(listing.Categories);
        Assert.Empty(listing.Tags);
    }

    [Fact]
    public async Task Unknown_listing_is_not_found()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();

        var error = await Assert.ThrowsAsync<ApiNotFoundException>(() => tatsu.Store.GetListingAsync("furni_missing"));
        Assert.Equal("tatsu.store.listings.get", error.Operation);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_listing_id_is_refused_before_anything_is_sent(string listingId)
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();

        await Assert.ThrowsAsync<ArgumentException>(() => tatsu.Store.GetListingAsync(listingId));
        Assert.Empty(await bed.RequestsAsync());
    }
}
