namespace Guildhall.Polympics.Json;

/// <summary>The body of <c>POST /teams/new</c> and <c>PATCH /team/{id}</c>.</summary>
internal sealed record PolympicsNameBody(string Name);
