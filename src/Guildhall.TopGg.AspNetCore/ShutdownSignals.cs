using System.Runtime.InteropServices;

namespace Guildhall.TopGg.AspNetCore;

/// <summary>
/// Turns the first Ctrl+C, SIGINT, SIGTERM or SIGQUIT into a graceful stop request instead of an abrupt exit, as a .NET
/// host does. A second signal is not intercepted, so it ends the process at once (for a stop that takes too long).
/// </summary>
internal sealed class ShutdownSignals : IDisposable
{
    private readonly Action<string> _onFirstSignal;
    private readonly PosixSignalRegistration[] _registrations;
    private int _received;

    private ShutdownSignals(Action<string> onFirstSignal)
    {
        _onFirstSignal = onFirstSignal;
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle),
            PosixSignalRegistration.Create(PosixSignal.SIGQUIT, Handle),
        ];
    }

    /// <summary>Listens for the signals until disposed.</summary>
    /// <param name="onFirstSignal">Called once, with the signal's name, when the first signal arrives.</param>
    public static ShutdownSignals Listen(Action<string> onFirstSignal) => new(onFirstSignal);

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }

    private void Handle(PosixSignalContext context)
    {
        if (Interlocked.Exchange(ref _received, 1) == 1)
        {
            return;
        }

        context.Cancel = true;
        _onFirstSignal(context.Signal.ToString());
    }
}
