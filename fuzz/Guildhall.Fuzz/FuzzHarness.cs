namespace Guildhall.Fuzz;

/// <summary>
/// One fuzzing target: a parser fed bytes it does not control. <see cref="Run"/> may let through only the exception types
/// the parser documents for bad input (it catches those itself); anything else escaping it is a crash.
/// </summary>
internal abstract class FuzzHarness
{
    /// <summary>Feeds one input to the parser.</summary>
    public abstract void Run(ReadOnlySpan<byte> input);
}
