namespace Guildhall.TopGg.Models;

/// <summary>Which kind of id names a user in <c>GET /v1/projects/@me/votes/{user_id}</c> (the <c>source</c> query parameter).</summary>
public enum TopGgUserSource
{
    /// <summary>A Top.gg user id (<c>source=topgg</c>, the service's default).</summary>
    TopGg,

    /// <summary>A Discord user id (<c>source=discord</c>).</summary>
    Discord,
}
