namespace Guildhall.Tatsu.Models;

/// <summary>The currency of a store price, sent as the number <c>currency</c>.</summary>
/// <remarks>The wire value 0 means credits, so an unrecognised value reads as <see cref="Unknown"/> (-1).</remarks>
public enum TatsuStoreCurrency
{
    /// <summary>A currency this library does not know yet.</summary>
    Unknown = -1,

    /// <summary>Tatsu credits (0).</summary>
    Credits = 0,

    /// <summary>Tatsu tokens (1).</summary>
    Tokens = 1,

    /// <summary>Emeralds (2).</summary>
    Emeralds = 2,

    /// <summary>Candy canes, a seasonal currency (3).</summary>
    CandyCane = 3,

    /// <summary>US dollars (4).</summary>
    Usd = 4,

    /// <summary>Candy corn, a seasonal currency (5).</summary>
    CandyCorn = 5,
}
