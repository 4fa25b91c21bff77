namespace Guildhall.Sandbox.Tatsu.Routes;

/// <summary>An authorised request as a route handler sees it.</summary>
/// <param name="CallerId">The user who owns the key.</param>
/// <param name="Now">The sandbox clock's time when the request arrived.</param>
/// <param name="Body">The request body, empty when there was none.</param>
internal readonly record struct TatsuCall(ulong CallerId, DateTimeOffset Now, string Body);
