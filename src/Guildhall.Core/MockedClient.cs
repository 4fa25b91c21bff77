namespace Guildhall.Core;

/// <summary>
/// The one error of every Guildhall type built for mocking (a client, a sub-client, an autoposter, a storage) when a test
/// calls a member it did not override: never a <see cref="NullReferenceException"/> from a missing part.
/// </summary>
public static class MockedClient
{
    /// <summary>The error to throw from a member that needs a part a mock does not have.</summary>
    /// <param name="mock">The object built for mocking.</param>
    /// <returns>An <see cref="InvalidOperationException"/> naming the mock's type.</returns>
    public static InvalidOperationException NotOverridden(object mock)
    {
        ArgumentNullException.ThrowIfNull(mock);
        return new($"This {mock.GetType().Name} was created for mocking and has no connection: override the members the test calls.");
    }
}
