using System.Text.Json;
using System.Text.Json.Serialization;
using Guildhall.Polympics.Models;

namespace Guildhall.Polympics.Json;

/// <summary>Writes a <see cref="PolympicsTeamChange"/> as the server's team field: the team id, or <c>0</c> for no team.</summary>
internal sealed class PolympicsTeamChangeConverter : JsonConverter<PolympicsTeamChange>
{
    public override PolympicsTeamChange Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var id = reader.GetInt32();
        return id == 0 ? PolympicsTeamChange.NoTeam : PolympicsTeamChange.To(id);
    }

    public override void Write(Utf8JsonWriter writer, PolympicsTeamChange value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.TeamId);
}
