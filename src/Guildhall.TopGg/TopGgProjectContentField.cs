namespace Guildhall.TopGg;

/// <summary>The name of the page-text field when a project is edited.</summary>
public enum TopGgProjectContentField
{
    /// <summary><c>page_content</c>, as the Node SDK 4.0 and the <c>topgg-api-types</c> schemas send it.</summary>
    PageContent,

    /// <summary><c>content</c>, as topggpy 2.0 sends it.</summary>
    Content,
}
