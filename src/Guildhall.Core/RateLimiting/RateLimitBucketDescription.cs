namespace Guildhall.Core.RateLimiting;

/// <summary>
/// One client-side bucket of a credential, as its client package describes it: what the bucket counts and the rule the
/// client enforces, with the same key the client uses in the store. Every client type describes its buckets the same way
/// (a static <c>DescribeRateLimits</c> taking the client's options), so a tool can read a credential's shared budget
/// (<see cref="IRateLimitStore.GetSnapshotAsync"/>) without calling the API and without knowing each API's rules.
/// </summary>
/// <param name="Name">The bucket's short name, stable across versions (for example <c>global</c>, <c>bots</c>).</param>
/// <param name="Summary">What the bucket counts, in a sentence a person reads (for example <c>every route, 99 a second</c>).</param>
/// <param name="Rule">The rule the client enforces, with the bucket's key in the store.</param>
public sealed record RateLimitBucketDescription(string Name, string Summary, RateLimitRule Rule);
