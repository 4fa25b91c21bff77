namespace Guildhall.Core.Json.Wire;

/// <summary>
/// Marks a member converter that writes back exactly what it read (it keeps the shape itself), so the generated readers
/// need not keep the member's JSON.
/// </summary>
public interface IWireExactConverter;
