using System.Text.Json;
using Guildhall.Tatsu.Json;

namespace Guildhall.Tatsu.Tests;

/// <summary>
/// The source generator sets init-only properties through constructor arguments, so a field missing from the JSON
/// would overwrite a <c>= ""</c> default with null; the models guard against it.
/// </summary>
public sealed class TatsuModelDefaultsTests
{
    [Fact]
    public void A_profile_missing_its_strings_reads_them_as_empty_not_null()
    {
        var profile = JsonSerializer.Deserialize("""{"id":"172002275412279297"}""", TatsuJsonContext.Default.TatsuUserProfile)!;

        Assert.NotNull(profile.Username);
    }

    [Fact]
    public void A_listing_missing_its_strings_reads_them_as_empty_not_null()
    {
        var listing = JsonSerializer.Deserialize("""{"id":"badge"}""", TatsuJsonContext.Default.TatsuStoreListing)!;

        Assert.Equal(("badge", "", "", ""), (listing.Id, listing.Name, listing.Summary, listing.Description));
    }
}
