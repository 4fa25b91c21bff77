using CsCheck;
using Guildhall.Polympics.Models;

namespace Guildhall.Polympics.Tests.Properties;

/// <summary>
/// The server's rule for altering permissions, over every pair of values a caller could hold and ask for: it never
/// throws, it allows only what the rule says, holding more never forbids a change, and two allowed changes together are
/// allowed.
/// </summary>
public sealed class PermissionRuleProperties
{
    private static readonly Gen<PolympicsPermissions> Held = Gen.Int[0, 127].Select(bits => (PolympicsPermissions)bits);
    private static readonly Gen<PolympicsPermissions> Any = Gen.Int.Select(bits => (PolympicsPermissions)bits);

    [Fact]
    public void An_allowed_change_is_held_and_never_grants_app_only_or_unknown_bits()
    {
        Gen.Select(Held, Any).Sample((held, change) =>
        {
            var check = PolympicsPermissionRules.Check(held, change);

            Assert.Equal(check.IsAllowed, check.Missing == PolympicsPermissions.None && check.Reason is null);
            if (check.IsAllowed)
            {
                Assert.True(held.HasFlag(PolympicsPermissions.ManagePermissions));
                Assert.Equal(PolympicsPermissions.None, change & ~PolympicsPermissionRules.All);
                Assert.False(change.HasFlag(PolympicsPermissions.AuthenticateUsers));
                Assert.Equal(PolympicsPermissions.None, change & ~held & ~PolympicsPermissions.ManageOwnTeam);
            }
        });
    }

    [Fact]
    public void Holding_more_never_forbids_a_change()
    {
        Gen.Select(Held, Held, Held).Sample((held, extra, change) =>
        {
            if (PolympicsPermissionRules.CanAlter(held, change))
            {
                Assert.True(PolympicsPermissionRules.CanAlter(held | extra, change));
            }
        });
    }

    [Fact]
    public void Two_allowed_changes_are_allowed_together()
    {
        Gen.Select(Held, Held, Held).Sample((held, first, second) =>
        {
            if (PolympicsPermissionRules.CanAlter(held, first) && PolympicsPermissionRules.CanAlter(held, second))
            {
                Assert.True(PolympicsPermissionRules.CanAlter(held, first | second));
            }
        });
    }
}
