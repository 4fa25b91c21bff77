using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Guildhall.Core;
using Guildhall.Core.Errors;
using Guildhall.Core.Json;
using Guildhall.Osu.Json;
using Guildhall.Polympics.Json;
using Guildhall.Tatsu.Json;
using Guildhall.TopGg.Json;

namespace Guildhall.Fuzz;

/// <summary>
/// Every model family's deserialization. Byte 0 picks the family (Top.gg, osu!, Tatsu, Polympics), byte 1 one of the
/// types its serializer context lists (every <see cref="JsonSerializableAttribute"/>, in name order, so a model added
/// later is fuzzed without touching this file), the rest is the JSON, read as the clients read an answer
/// (<see cref="ApiResponse.ReadJson{T}(System.Text.Json.Serialization.Metadata.JsonTypeInfo{T})"/>). Reading may throw only <see cref="ApiInvalidResponseException"/>; whatever it
/// reads must print and write back without throwing. Types that are only ever
/// sent (request bodies whose converters refuse every read with <see cref="NotSupportedException"/>) are left out.
/// </summary>
internal sealed class ModelHarness : FuzzHarness
{
    // Each family's options are fetched on every run (the types are resolved once): that touches the family's own,
    // instrumented assembly even for an input the serializer refuses before reaching a converter, and afl refuses a seed
    // that reaches no instrumented code at all.
    private static readonly (Func<JsonSerializerOptions> Options, Type[] Types)[] Families =
    [
        (() => TopGgJson.Options, TypesOf(TopGgJson.Options)),
        (() => OsuJson.Options, TypesOf(OsuJson.Options)),
        (() => TatsuJson.Options, TypesOf(TatsuJson.Options)),
        (() => PolympicsJson.Options, TypesOf(PolympicsJson.Options)),
    ];

    /// <summary>Which bytes 0 and 1 pick which type, one line each, for writing seeds.</summary>
    public static IEnumerable<string> Catalog =>
        Families.SelectMany((family, familyIndex) => family.Types.Select((type, typeIndex) => $"{familyIndex} {typeIndex}\t{type}"));

    public override void Run(ReadOnlySpan<byte> input)
    {
        var reader = new FuzzInput(input);
        var family = Families[reader.TakeChoice(Families.Length)];
        var typeInfo = family.Options().GetTypeInfo(family.Types[reader.TakeChoice(family.Types.Length)]);
        var response = new ApiResponse("fuzz", HttpStatusCode.OK, new Dictionary<string, string>(), "application/json", null, reader.Rest.ToArray());
        object? model;
        try
        {
            model = ReadJson.MakeGenericMethod(typeInfo.Type).Invoke(null, [response, typeInfo]);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is ApiInvalidResponseException)
        {
            return;
        }

        _ = model?.ToString();
        _ = JsonSerializer.SerializeToUtf8Bytes(model, typeInfo);
    }

    private static readonly MethodInfo ReadJson = typeof(ModelHarness).GetMethod(nameof(Read), BindingFlags.NonPublic | BindingFlags.Static)!;

    // The clients read every answer through ApiResponse.ReadJson, so that is the path fuzzed: both overloads, the one
    // that keeps the raw JSON (as Tatsu's models do) checked against the plain one, its raw JSON parsed.
    private static T Read<T>(ApiResponse response, JsonTypeInfo typeInfo)
    {
        var info = (JsonTypeInfo<T>)typeInfo;
        RawJson? raw = null;
        try
        {
            _ = response.ReadJson(info, "fuzz.read", out var kept);
            raw = kept;
        }
        catch (ApiInvalidResponseException)
        {
            // The plain read below must refuse this body too, with the same exception type.
        }

        var model = response.ReadJson(info);
        _ = (raw ?? throw new InvalidOperationException("The read that keeps raw JSON refused a body the plain read accepted.")).Element;
        return model;
    }

    private static Type[] TypesOf(JsonSerializerOptions options)
    {
        var context = options.TypeInfoResolver as JsonSerializerContext
            ?? throw new InvalidOperationException("A family's options are expected to come from its serializer context.");
        return
        [
            .. context.GetType().GetCustomAttributesData()
                .Where(attribute => attribute.AttributeType == typeof(JsonSerializableAttribute))
                .Select(attribute => (Type)attribute.ConstructorArguments[0].Value!)
                .OrderBy(type => type.FullName, StringComparer.Ordinal)
                .Where(type => IsReadable(options.GetTypeInfo(type))),
        ];
    }

    private static bool IsReadable(JsonTypeInfo typeInfo)
    {
        try
        {
            _ = JsonSerializer.Deserialize("{}"u8, typeInfo);
            return true;
        }
        catch (JsonException)
        {
            return true;
        }
        catch (NotSupportedException)
        {
            return false;
        }
    }
}
