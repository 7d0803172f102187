using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Onboarding.Domain.Scope;
using Onboarding.Tests.Onboardings;
using Onboarding.Web.Documents;
using Onboarding.Web.Onboardings.Scope;
using Onboarding.Workflows.Scope;
using Onboarding.Workflows.Scope.Sow;

namespace Onboarding.Tests.Scope.Sow;

/// <summary>The Scope tab's statement of work on the real services and database: empty state, the editor and its problems, the versions.</summary>
public sealed class SowSectionTests : OnboardingTabContext
{
    public SowSectionTests()
    {
        AddAuthorization().SetAuthorized("am@test");
    }

    [Fact]
    public async Task NoSow_ExplainsWhatItIsFor_AndStartingOpensThePrefilledDraftWithItsProblems()
    {
        await using var world = await SowWorld.CreateAsync();
        var cut = Render(world);

        cut.WaitForAssertion(() => cut.Find("[data-testid=sow-empty]").TextContent.ShouldContain("what is not included"));
        await cut.Find("[data-testid=sow-start]").ClickAsync(new());

        cut.WaitForAssertion(() => Field(cut, "sow-title").GetAttribute("value").ShouldBe("Statement of work: Acme Analytics"));
        cut.FindAll("[data-testid=sow-problem]").Select(p => p.GetAttribute("data-part")).ShouldBe(["Deliverables", "Exclusions"]);
        cut.Find("[data-testid=sow-send]").HasAttribute("disabled").ShouldBeTrue();
        cut.Find("[data-testid=sow-versions]").TextContent.ShouldContain("v1");
        // The preview shows the real pages, drawn by the PDF layer, as PNG images.
        cut.WaitForAssertion(() => cut.FindAll("[data-testid=sow-preview-page]").ShouldNotBeEmpty(), TimeSpan.FromSeconds(30));
        cut.FindAll("[data-testid=sow-preview-page]").ShouldAllBe(img => img.GetAttribute("src")!.StartsWith("data:image/png;base64,iVBORw0KGgo"));
    }

    [Fact]
    public async Task Editing_UpdatesTheProblemsAndTheUnsavedMarker_AndSavingSaysWhenAndByWhom()
    {
        await using var world = await SowWorld.CreateAsync();
        await world.Drafts.StartAsync(world.OnboardingId, "am@test", Ct);
        var cut = Render(world);
        cut.WaitForElement("[data-testid=sow-editor]");
        cut.FindAll("[data-testid=sow-unsaved]").ShouldBeEmpty();

        await Suggestion(cut, "Translation").ClickAsync(new());
        await cut.Find("[data-testid=sow-add-deliverable]").ClickAsync(new());
        await Field(cut, "sow-deliverable-name").InputAsync(new ChangeEventArgs { Value = "SEO audit" });

        cut.WaitForAssertion(() => cut.FindAll("[data-testid=sow-problem]").Select(p => p.TextContent.Trim()).ShouldBe([
            "\"SEO audit\": say what the quantity counts (pages, articles, reports...).",
            "\"SEO audit\": budget its hours (above 0).",
        ]));
        cut.Find("[data-testid=sow-unsaved]");
        world.World.Database.Clock.Advance(TimeSpan.FromMinutes(42));
        await cut.Find("[data-testid=sow-save]").ClickAsync(new());

        cut.WaitForAssertion(() => cut.Find("[data-testid=sow-saved]").TextContent.ShouldBe("Saved at 09:42 by you"));
        cut.FindAll("[data-testid=sow-unsaved]").ShouldBeEmpty();
        var saved = (await world.SowAsync(1)).ReadContent();
        saved.Exclusions.ShouldBe(["Translation"]);
        saved.Deliverables.ShouldHaveSingleItem().Name.ShouldBe("SEO audit");
    }

    [Fact]
    public async Task AConflictingSave_KeepsWhatWasTyped_AndSaysWhatToDo()
    {
        await using var world = await SowWorld.CreateAsync();
        var v1 = await world.Drafts.StartAsync(world.OnboardingId, "am@test", Ct);
        var cut = Render(world);
        cut.WaitForElement("[data-testid=sow-editor]");
        await Field(cut, "sow-title").InputAsync(new ChangeEventArgs { Value = "Mine" });

        await world.Drafts.SaveAsync(v1.Id, v1.Content with { Title = "Theirs" }, v1.ConcurrencyToken, "ops@test", Ct);

        cut.WaitForAssertion(() => cut.Find("[data-testid=sow-conflict]").TextContent.ShouldContain("ops@test saved a newer version of this draft"));
        Field(cut, "sow-title").GetAttribute("value").ShouldBe("Mine");
        await cut.Find("[data-testid=sow-save]").ClickAsync(new());
        cut.WaitForAssertion(() => cut.Find("[data-testid=sow-conflict]").TextContent.ShouldContain("reload to see it"));
        (await world.SowAsync(1)).ReadContent().Title.ShouldBe("Theirs");
        await cut.Find("[data-testid=sow-show-saved]").ClickAsync(new());
        cut.WaitForAssertion(() => Field(cut, "sow-title").GetAttribute("value").ShouldBe("Theirs"));
    }

    [Fact]
    public async Task Versions_ShowEachStatus_AndAnApprovedVersionReadsAsFinalWithItsDecision()
    {
        await using var world = await SowWorld.CreateAsync();
        var token = await world.SendAsync(await world.ReadyDraftAsync());
        await world.Client.ApproveAsync(token, "Kim Ji-woo", true, (await world.Client.OpenAsync(token, Ct)).View!.Sow.ConcurrencyToken, Ct);
        await world.Drafts.NewVersionAsync(world.OnboardingId, 1, "am@test", Ct);
        var cut = Render(world);

        cut.WaitForAssertion(() => cut.FindAll("[data-testid=sow-version]").Count.ShouldBe(2));
        var versions = cut.FindAll("[data-testid=sow-version]");
        versions.Select(v => v.GetAttribute("data-version")).ShouldBe(["2", "1"]);
        versions[0].QuerySelector("[data-testid=sow-status]")!.GetAttribute("data-status").ShouldBe(nameof(SowStatus.Draft));
        versions[1].TextContent.ShouldContain("By Kim Ji-woo on Tuesday 24 November, 09:00");
        cut.Find("[data-testid=sow-editor]");

        await versions[1].ClickAsync(new());

        cut.WaitForAssertion(() => cut.Find("[data-testid=sow-decision]").TextContent.ShouldContain("Approved by Kim Ji-woo on Tuesday 24 November, 09:00"));
        cut.Find("[data-testid=sow-editor]").Closest("[hidden]").ShouldNotBeNull("the draft stays as typed, out of sight, while v1 is read");
        cut.FindAll("[data-testid=sow-withdraw]").ShouldBeEmpty();
        cut.FindAll("[data-testid=sow-new-version]").ShouldBeEmpty("v2 is already a draft");
        cut.Find("[data-testid=sow-download]").GetAttribute("href").ShouldBe($"/onboardings/{world.OnboardingId}/sow/1.pdf");
        cut.Find("[data-testid=sow-view]").TextContent.ShouldContain("Paid media spend");
        cut.Find("[data-testid=sow-link]").TextContent.ShouldContain("works until Thursday 24 December");
    }

    [Fact]
    public async Task ApprovedButStuck_OffersMoveOn_WhichMovesTheOnboardingOn()
    {
        await using var world = await SowWorld.CreateAsync();
        await world.DriveToWriteSowAsync();
        await world.SendAsync(await world.ReadyDraftAsync());
        await using (var db = await world.World.Database.Factory.CreateDbContextAsync(Ct))
        {
            var sow = db.StatementsOfWork.Single();
            (sow.Status, sow.DecidedByName, sow.DecidedAtUtc) = (SowStatus.Approved, "Kim Ji-woo", world.Now);
            await db.SaveChangesAsync(Ct);
        }
        var cut = Render(world);

        cut.WaitForAssertion(() => cut.Find("[data-testid=sow-stuck]"));
        await cut.Find("[data-testid=sow-move-on]").ClickAsync(new());

        cut.WaitForAssertion(() => cut.FindAll("[data-testid=sow-stuck]").ShouldBeEmpty());
        (await world.OpenTitlesAsync()).ShouldContain(SowWorld.ConfirmScope);
    }

    private static IElement Field(IRenderedComponent<SowSection> cut, string testId)
    {
        var element = cut.Find($"[data-testid={testId}]");
        return element.TagName is "INPUT" or "TEXTAREA" ? element : element.QuerySelector("input, textarea")!;
    }

    private static IElement Suggestion(IRenderedComponent<SowSection> cut, string text) =>
        cut.FindAll("[data-testid=sow-suggestion]").First(s => s.TextContent.Contains(text));

    private IRenderedComponent<SowSection> Render(SowWorld world)
    {
        var host = world.World.Host;
        Services.AddLogging();
        Services.AddSingleton(host.Get<SowQueries>());
        Services.AddSingleton(host.Get<SowDrafts>());
        Services.AddSingleton(host.Get<SowSending>());
        Services.AddSingleton(host.Get<SowFollowUp>());
        Services.AddSingleton(host.Get<ScopeMail>());
        Services.AddSingleton(world.World.Database.Changes);
        Services.AddSingleton<TimeProvider>(world.World.Database.Clock);
        Services.AddSingleton(new DocumentRenderer());
        Services.AddSingleton(new FirmBranding("Onboarding", null));
        Render<MudPopoverProvider>();
        return Render<SowSection>(p => p.Add(c => c.OnboardingId, world.OnboardingId).Add(c => c.InstanceId, world.Started.InstanceId));
    }
}
