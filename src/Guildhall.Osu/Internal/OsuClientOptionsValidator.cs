using Microsoft.Extensions.Options;

namespace Guildhall.Osu.Internal;

/// <summary>Reports what <see cref="OsuClientOptions.Validate"/> rejects as an options validation failure.</summary>
internal sealed class OsuClientOptionsValidator : IValidateOptions<OsuClientOptions>
{
    public ValidateOptionsResult Validate(string? name, OsuClientOptions options)
    {
        try
        {
            options.Validate();
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException exception)
        {
            return ValidateOptionsResult.Fail($"The osu! client options are invalid: {exception.Message}");
        }
    }
}
