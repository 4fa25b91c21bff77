namespace Guildhall.TopGg;

/// <summary>The shape of a metrics batch body.</summary>
public enum TopGgMetricsBatchBody
{
    /// <summary><c>{"data":[{timestamp, metrics}, …]}</c>, as the Node SDK 4.0 and the <c>topgg-api-types</c> schemas send it.</summary>
    DataEnvelope,

    /// <summary><c>[{timestamp, metrics}, …]</c>, as topggpy 2.0 sends it.</summary>
    BareArray,
}
