using System.Text.Json.Serialization;
using Guildhall.TopGg.Models;

namespace Guildhall.TopGg.Json;

/// <summary>The body of <c>PATCH /v1/projects/@me</c>: the update plus the name the page text goes under.</summary>
/// <param name="Update">The texts.</param>
/// <param name="ContentField">Where the page text goes (<c>page_content</c> or <c>content</c>).</param>
[JsonConverter(typeof(ProjectUpdateBodyConverter))]
internal sealed record ProjectUpdateBody(TopGgProjectUpdate Update, TopGgProjectContentField ContentField);
