using System.Diagnostics;

namespace Guildhall.Testing.SecretAudit;

/// <summary>Everything an activity carries as text: its name, status, tags, events and baggage.</summary>
public static class ActivityText
{
    /// <summary>One string per part of <paramref name="activity"/>, tags as <c>key=value</c>.</summary>
    public static IEnumerable<string> Describe(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        yield return activity.DisplayName;
        yield return activity.StatusDescription ?? "";
        foreach (var tag in activity.TagObjects)
        {
            yield return $"{tag.Key}={tag.Value}";
        }

        foreach (var activityEvent in activity.Events)
        {
            yield return activityEvent.Name;
            foreach (var tag in activityEvent.Tags)
            {
                yield return $"{tag.Key}={tag.Value}";
            }
        }

        foreach (var item in activity.Baggage)
        {
            yield return $"{item.Key}={item.Value}";
        }
    }
}
