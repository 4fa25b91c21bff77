namespace Guildhall.Core.Tests.Clients;

/// <summary>The options of an imaginary API, as a client package would write them.</summary>
public sealed class SampleClientOptions : ApiClientOptions
{
    public SampleClientOptions()
        : base("sample", new Uri("https://api.sample.test/v2/"))
    {
        MaxRateLimitWait = TimeSpan.FromSeconds(90);
    }

    public string? Key { get; set; }

    public override void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Key, nameof(Key));
        base.Validate();
    }
}
