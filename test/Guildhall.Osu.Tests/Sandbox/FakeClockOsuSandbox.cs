using Microsoft.Extensions.Time.Testing;

namespace Guildhall.Osu.Tests.Sandbox;

/// <summary>The sandbox and its clients on one fake clock, so token lifetimes can pass without waiting.</summary>
public sealed class FakeClockOsuSandbox() : OsuSandbox(new FakeTimeProvider(DateTimeOffset.UtcNow))
{
    public FakeTimeProvider Clock => (FakeTimeProvider)Time!;
}
