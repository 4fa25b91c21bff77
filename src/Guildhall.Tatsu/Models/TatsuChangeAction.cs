namespace Guildhall.Tatsu.Models;

/// <summary>The direction of a points or score change, sent as <c>action</c>.</summary>
public enum TatsuChangeAction
{
    /// <summary>Add the amount (0).</summary>
    Add = 0,

    /// <summary>Remove the amount (1); the balance stops at zero.</summary>
    Remove = 1,
}
