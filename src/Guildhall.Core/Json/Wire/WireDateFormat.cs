namespace Guildhall.Core.Json.Wire;

/// <summary>
/// The ISO 8601 shape a date was sent in. The default is the commonest: seconds and a numeric offset
/// (<c>2024-05-01T08:15:42+00:00</c>).
/// </summary>
internal readonly record struct WireDateFormat(byte FractionDigits, bool Utc, bool DateOnly);
