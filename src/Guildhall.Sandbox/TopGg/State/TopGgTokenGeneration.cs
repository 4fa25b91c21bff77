namespace Guildhall.Sandbox.TopGg.State;

/// <summary>Which generation of Top.gg API token a token is; only current tokens may call v1.</summary>
internal enum TopGgTokenGeneration
{
    /// <summary>A legacy token: v0 only, raw or as Bearer.</summary>
    Legacy,

    /// <summary>A current token: v0 (raw or Bearer) and v1 (Bearer only).</summary>
    Current,
}
