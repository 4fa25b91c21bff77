using System.Net;
using System.Text.Json;
using Guildhall.Core.Errors;
using Guildhall.Polympics.Json;
using Guildhall.Polympics.Models;

namespace Guildhall.Polympics.Tests;

public sealed class PermissionRulesTests : PolympicsClientTestBase
{
    public static TheoryData<PolympicsPermissions, int> Bits => new()
    {
        { PolympicsPermissions.ManagePermissions, 1 },
        { PolympicsPermissions.ManageAccountTeams, 2 },
        { PolympicsPermissions.ManageAccountDetails, 4 },
        { PolympicsPermissions.ManageTeams, 8 },
        { PolympicsPermissions.AuthenticateUsers, 16 },
        { PolympicsPermissions.ManageOwnTeam, 32 },
        { PolympicsPermissions.ManageAwards, 64 },
    };

    [Theory]
    [MemberData(nameof(Bits))]
    public void Each_of_the_seven_bits_round_trips_through_json(PolympicsPermissions permission, int value)
    {
        Assert.Equal(value, (int)permission);
        var json = $"{{\"id\":\"1\",\"name\":\"a\",\"discriminator\":\"0001\",\"permissions\":{value},\"created_at\":1.5}}";
        var account = JsonSerializer.Deserialize(json, PolympicsJson.TypeInfo<PolympicsAccount>())!;
        Assert.Equal(permission, account.Permissions);
        Assert.Contains($"\"permissions\":{value}", JsonSerializer.Serialize(account, PolympicsJson.TypeInfo<PolympicsAccount>()), StringComparison.Ordinal);
    }

    [Fact]
    public void All_seven_bits_together_and_unknown_bits_survive()
    {
        var all = JsonSerializer.Deserialize("{\"id\":1,\"permissions\":127}", PolympicsJson.TypeInfo<PolympicsAccount>())!;
        Assert.Equal(PolympicsPermissionRules.All, all.Permissions);
        Assert.True(all.Permissions.HasFlag(PolympicsPermissions.ManageAwards));
        var future = JsonSerializer.Deserialize("{\"id\":1,\"permissions\":320}", PolympicsJson.TypeInfo<PolympicsAccount>())!;
        Assert.Equal(320, (int)future.Permissions);
    }

    [Fact]
    public void The_rules_in_words()
    {
        var app = PolympicsPermissionRules.AppPermissions;
        Assert.Equal(95, (int)app);
        Assert.Equal(111, (int)PolympicsPermissionRules.AccountPermissions);
        Assert.True(PolympicsPermissionRules.CanAlter(app, PolympicsPermissions.ManageAwards | PolympicsPermissions.ManageTeams));
        Assert.True(PolympicsPermissionRules.CanAlter(app, PolympicsPermissions.ManageOwnTeam));
        Assert.False(PolympicsPermissionRules.CanAlter(app, PolympicsPermissions.AuthenticateUsers));
        Assert.False(PolympicsPermissionRules.CanAlter(app, (PolympicsPermissions)128));
        Assert.False(PolympicsPermissionRules.CanAlter(app, (PolympicsPermissions)(-64)));

        var captain = PolympicsPermissions.ManageOwnTeam;
        var refused = PolympicsPermissionRules.Check(captain, PolympicsPermissions.ManageOwnTeam);
        Assert.False(refused.IsAllowed);
        Assert.Equal(PolympicsPermissions.ManagePermissions, refused.Missing);

        var lacking = PolympicsPermissionRules.Check(PolympicsPermissions.ManagePermissions, PolympicsPermissions.ManageAwards);
        Assert.Equal(PolympicsPermissions.ManageAwards, lacking.Missing);
        Assert.Contains("ManageAwards", lacking.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(95)]
    [InlineData(6)]
    [InlineData(1 | 8)]
    [InlineData(1 | 64 | 2)]
    public async Task The_rules_agree_with_the_server_for_every_value(int held)
    {
        var app = await SeedAppAsync(held);
        for (var change = 1; change < 128; change++)
        {
            var expected = PolympicsPermissionRules.CanAlter((PolympicsPermissions)held, (PolympicsPermissions)change);
            var actual = await ServerAllowsAsync(() => app.Accounts.UpdateAsync(Apollo, new PolympicsAccountUpdate { GrantPermissions = (PolympicsPermissions)change }));
            Assert.True(expected == actual, $"held {held}, grant {change}: rules say {expected}, server says {actual}");
        }
    }

    private static async Task<bool> ServerAllowsAsync(Func<Task> call)
    {
        try
        {
            await call();
            return true;
        }
        catch (ApiForbiddenException exception) when (exception.StatusCode == HttpStatusCode.Forbidden)
        {
            return false;
        }
    }
}
