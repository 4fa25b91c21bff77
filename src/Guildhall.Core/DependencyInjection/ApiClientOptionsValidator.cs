using Microsoft.Extensions.Options;

namespace Guildhall.Core.DependencyInjection;

/// <summary>Reports what <see cref="ApiClientOptions.Validate"/> rejects as an options validation failure.</summary>
/// <typeparam name="TOptions">The client's options.</typeparam>
internal sealed class ApiClientOptionsValidator<TOptions> : IValidateOptions<TOptions>
    where TOptions : ApiClientOptions
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        try
        {
            options.Validate();
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException exception)
        {
            return ValidateOptionsResult.Fail($"The {typeof(TOptions).Name} are invalid: {exception.Message}");
        }
    }
}
