namespace Guildhall.TopGg;

/// <summary>The verb used to replace a project's commands.</summary>
public enum TopGgCommandsMethod
{
    /// <summary><c>POST</c>, as Top.gg's v1 reference documents it.</summary>
    Post,

    /// <summary><c>PUT</c>, as the Node SDK 4.0 and the <c>topgg-api-types</c> schemas send it.</summary>
    Put,
}
