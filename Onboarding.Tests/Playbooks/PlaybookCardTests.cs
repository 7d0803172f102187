using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Onboarding.Domain.Playbooks;
using Onboarding.Web.Playbooks;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Tests.Playbooks;

public sealed class PlaybookCardTests : BunitContext
{
    private static readonly DateTime At = new(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc);

    public PlaybookCardTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    private static PlaybookSummary Playbook(params VersionSummary[] versions) =>
        new(Guid.NewGuid(), "client-onboarding", "Client onboarding", "From signed contract to scope.", versions);

    private static VersionSummary Published(int number, int running) =>
        new(Guid.NewGuid(), number, PlaybookVersionStatus.Published, At, "Priya Shah", At.AddHours(1), "Priya Shah", "abc", running);

    private static VersionSummary Draft(int number) =>
        new(Guid.NewGuid(), number, PlaybookVersionStatus.Draft, At.AddDays(1), "Sam Rivera", null, null, null, 0);

    [Fact]
    public void Render_TwoVersions_ShowsEachWithStatusWhoWhenAndRunningCount()
    {
        var cut = Render<PlaybookCard>(p => p.Add(c => c.Playbook, Playbook(Draft(2), Published(1, running: 3))).Add(c => c.CanEdit, true));

        var rows = cut.FindAll("[data-testid=version-row]");
        rows.Count.ShouldBe(2);
        rows[0].QuerySelector("[data-testid=version-status]")!.TextContent.ShouldContain("Draft");
        rows[0].QuerySelector("[data-testid=version-change]")!.TextContent.ShouldBe("Updated by Sam Rivera on 3 Mar 2026 09:30 UTC");
        rows[1].QuerySelector("[data-testid=version-status]")!.TextContent.ShouldContain("Published");
        rows[1].QuerySelector("[data-testid=version-change]")!.TextContent.ShouldBe("Published by Priya Shah on 2 Mar 2026 10:30 UTC");
        rows[1].QuerySelector("[data-testid=version-running]")!.TextContent.ShouldBe("3");
    }

    [Fact]
    public void Render_CanEditAndLatestPublished_OffersNewDraftDuplicateAndExport()
    {
        var cut = Render<PlaybookCard>(p => p.Add(c => c.Playbook, Playbook(Published(1, running: 0))).Add(c => c.CanEdit, true));

        cut.Find("[data-testid=new-draft]").TextContent.ShouldContain("New draft from v1");
        cut.FindAll("[data-testid=duplicate]").Count.ShouldBe(1);
        cut.FindAll("[data-testid=export-version]").Count.ShouldBe(1);
    }

    [Fact]
    public void Render_OpenDraft_OffersNoSecondDraft()
    {
        var cut = Render<PlaybookCard>(p => p.Add(c => c.Playbook, Playbook(Draft(2), Published(1, running: 0))).Add(c => c.CanEdit, true));

        cut.FindAll("[data-testid=new-draft]").ShouldBeEmpty();
    }

    [Fact]
    public void Render_CannotEdit_ShowsOnlyOpenAndExport()
    {
        var cut = Render<PlaybookCard>(p => p.Add(c => c.Playbook, Playbook(Draft(2), Published(1, running: 2))).Add(c => c.CanEdit, false));

        cut.FindAll("[data-testid=new-draft]").ShouldBeEmpty();
        cut.FindAll("[data-testid=duplicate]").ShouldBeEmpty();
        cut.FindAll("[data-testid=export-version]").Count.ShouldBe(2);
        cut.FindAll("[data-testid=open-version]").Count.ShouldBe(2);
    }
}
