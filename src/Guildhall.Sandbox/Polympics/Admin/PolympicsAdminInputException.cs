namespace Guildhall.Sandbox.Polympics.Admin;

/// <summary>A malformed admin request; answered with 400 and the message.</summary>
internal sealed class PolympicsAdminInputException(string message) : Exception(message);
