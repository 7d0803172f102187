using Onboarding.Workflows.Onboardings.Timeline;
using Onboarding.Workflows.Onboardings.Work;

namespace Onboarding.Tests.Onboardings.Timeline;

public sealed class OnboardingTimelineTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly IReadOnlySet<TimelineKind> All = Enum.GetValues<TimelineKind>().ToHashSet();

    [Fact]
    public async Task Read_AfterWorkCommentsAndAReassign_MergesJournalCommentsAndAuditNewestFirst()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var (started, timeline) = await HistoryAsync(world);

        var page = await timeline.ReadAsync(started.Id, All, 50, Ct);

        page.HasMore.ShouldBeFalse();
        page.Entries.ShouldBe(page.Entries.OrderByDescending(e => e.AtUtc).ToList());
        page.Entries.Select(e => e.Key).Distinct().Count().ShouldBe(page.Entries.Count);
        var newest = page.Entries.Take(3).ToList();
        newest.Select(e => e.Kind).ShouldBe([TimelineKind.WorkItem, TimelineKind.Comment, TimelineKind.WorkItem]);
        newest[0].Title.ShouldBe(WorkItemActions.Reassigned);
        newest[1].Title.ShouldBe("Comment on 'Confirm contract signed'");
        newest[2].Title.ShouldStartWith("Opened 'Confirm contract signed'");
        newest[1].Details.ShouldBe("Waiting for the signed copy.");
        newest[1].By.ShouldBe("am");
        page.Entries.ShouldContain(e => e.Kind == TimelineKind.WorkItem && e.Title == "Completed 'Send contract for e-signature'" && e.By == "am@test");
        page.Entries.ShouldContain(e => e.Kind == TimelineKind.Workflow && e.Title == "Started 'Client onboarding'");
        page.Entries.Last().AtUtc.ShouldBe(world.Database.Clock.GetUtcNow().UtcDateTime - TimeSpan.FromHours(3));
    }

    [Fact]
    public async Task Read_OnlyComments_ListsNothingElse_AndPagesSayWhenThereIsMore()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var (started, timeline) = await HistoryAsync(world);

        var comments = await timeline.ReadAsync(started.Id, new HashSet<TimelineKind> { TimelineKind.Comment }, 50, Ct);
        comments.Entries.ShouldHaveSingleItem().Kind.ShouldBe(TimelineKind.Comment);

        var firstTwo = await timeline.ReadAsync(started.Id, All, 2, Ct);
        firstTwo.Entries.Count.ShouldBe(2);
        firstTwo.HasMore.ShouldBeTrue();
        var everything = await timeline.ReadAsync(started.Id, All, 500, Ct);
        firstTwo.Entries.ShouldBe(everything.Entries.Take(2));

        (await timeline.ReadAsync(started.Id, new HashSet<TimelineKind>(), 50, Ct)).Entries.ShouldBeEmpty();
    }

    /// <summary>Started at 9:00, first item completed an hour later, a comment an hour after that, then a reassign.</summary>
    private static async Task<(Onboarding.Workflows.Onboardings.StartedOnboarding Started, OnboardingTimeline Timeline)> HistoryAsync(OnboardingWorld world)
    {
        var started = await world.StartAsync();
        var actions = world.Host.Get<WorkItemActions>();
        world.Database.Clock.Advance(TimeSpan.FromHours(1));
        await world.Host.CompleteAsync(started.InstanceId, "Send contract for e-signature");
        world.Database.Clock.Advance(TimeSpan.FromHours(1));
        var next = (await world.Host.OpenWorkItemsAsync(started.InstanceId)).Single();
        await actions.CommentAsync(next.Id, "Waiting for the signed copy.", world.AccountManager.Id, Ct);
        world.Database.Clock.Advance(TimeSpan.FromHours(1));
        await actions.ReassignAsync(next.Id, world.OpsLead.Id, "am@test", Ct);
        return (started, world.Host.Get<OnboardingTimeline>());
    }
}
