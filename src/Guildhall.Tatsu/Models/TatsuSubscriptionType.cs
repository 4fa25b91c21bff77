namespace Guildhall.Tatsu.Models;

/// <summary>A user's Tatsu supporter tier, sent as the number <c>subscription_type</c>.</summary>
/// <remarks>
/// The wire value 0 means "no subscription", so an unrecognised value cannot read as 0 the way other Guildhall enums
/// do: it reads as <see cref="Unknown"/> (-1), and the number itself stays in the model's raw JSON.
/// </remarks>
public enum TatsuSubscriptionType
{
    /// <summary>A tier this library does not know yet.</summary>
    Unknown = -1,

    /// <summary>No subscription (0).</summary>
    None = 0,

    /// <summary>Supporter (1).</summary>
    Supporter = 1,

    /// <summary>Supporter+ (2).</summary>
    SupporterPlus = 2,

    /// <summary>Supporter++ (3).</summary>
    SupporterPlusPlus = 3,
}
