namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// Seeds the forums: the writable forum, a long topic of the sandbox user (more posts than a page holds, replies from
/// the best players) and a locked topic of the staff account.
/// </summary>
internal static class OsuForumSeeder
{
    public static OsuForum Seed(OsuCommunityCast cast, DateTimeOffset now)
    {
        var forum = new OsuForum();
        forum.Forums.Add(OsuSandboxCommunitySeed.ForumId);
        var start = now.AddDays(-30);
        var topic = forum.AddTopic(OsuSandboxCommunitySeed.ForumId, cast.Me.Id, "Sandbox tournament: sign-ups", start, id: OsuSandboxCommunitySeed.ForumTopicId);
        forum.Reply(topic, cast.Me.Id, "Sign up below with your [b]timezone[/b].", start);
        for (var i = 1; i < 45; i++)
        {
            var player = cast.Players[i % cast.Players.Count];
            forum.Reply(topic, player.Id, $"Signing up. Timezone UTC+{i % 12}.", start.AddHours(i * 5));
        }

        topic.Views = 1_250;
        var locked = forum.AddTopic(OsuSandboxCommunitySeed.ForumId, cast.Staff.Id, "Rules (read before posting)", start.AddDays(-60), locked: true, id: OsuSandboxCommunitySeed.LockedForumTopicId);
        forum.Reply(locked, cast.Staff.Id, "Be kind. No spam.", start.AddDays(-60));
        locked.Views = 9_001;
        return forum;
    }
}
