using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Data;
using Onboarding.Domain.Onboardings;
using Onboarding.Domain.Scope;
using Onboarding.Tests.Onboardings;
using Onboarding.Tests.Onboardings.Kickoff;
using Onboarding.Tests.Questionnaires.Sending;
using Onboarding.Workflows.ClientLinks;
using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Questionnaires;
using Onboarding.Workflows.Runtime;
using Onboarding.Workflows.Scope;
using Onboarding.Workflows.Scope.Sow;

namespace Onboarding.Tests.Scope.Sow;

/// <summary>
/// An onboarding of the default playbook with the records its gates check (goals, plans, brand, access, the kickoff on
/// 1 December 2026), the real SOW services over it, and the client's side built as the app builds it.
/// </summary>
internal sealed class SowWorld : IAsyncDisposable
{
    public const string WriteSow = "Write the statement of work";
    public const string ConfirmScope = "Confirm scope with the client";

    private SowWorld(OnboardingWorld world) => World = world;

    public OnboardingWorld World { get; }
    public StartedOnboarding Started { get; private set; } = default!;
    public Guid OnboardingId => Started.Id;
    public ClientLinkRateLimiter Limiter { get; private set; } = default!;
    public ClientScope Client { get; private set; } = default!;
    public SowDrafts Drafts => World.Host.Get<SowDrafts>();
    public SowSending Sending => World.Host.Get<SowSending>();
    public SowQueries Queries => World.Host.Get<SowQueries>();
    public SowFollowUp FollowUp => World.Host.Get<SowFollowUp>();
    public DateTime Now => World.Database.Clock.GetUtcNow().UtcDateTime;

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<SowWorld> CreateAsync(ClientLinkRateLimits? limits = null)
    {
        var world = new SowWorld(await OnboardingWorld.CreateAsync());
        world.Started = await world.World.StartAsync();
        await world.World.Host.Get<QuestionnaireTemplateSeeder>().SeedAsync(Ct);
        await world.World.RecordReadinessAsync(world.OnboardingId);
        await world.World.Planner().SaveAsync(world.OnboardingId, KickoffScenario.ValidDraft(), "am@test", Ct);
        world.Limiter = new ClientLinkRateLimiter(world.World.Database.Clock, limits);
        var host = world.World.Host;
        world.Client = new ClientScope(world.World.Database.Factory, new ClientLinkGate(host.Get<ClientLinks>(), world.Limiter), host.Get<ScopeMail>(),
            host.Get<SowQueries>(), host.Get<SowFollowUp>(), host.Get<WorkflowOptions>(), world.World.Database.Clock);
        return world;
    }

    /// <summary>Completes work and delivers what the workflow waits for until "Write the statement of work" is open.</summary>
    public async Task DriveToWriteSowAsync()
    {
        for (var step = 0; step < 60; step++)
        {
            var open = await World.Host.OpenWorkItemsAsync(Started.InstanceId);
            if (open.Any(w => w.Title == WriteSow)) return;
            if (open.Count > 0)
            {
                if (open[0].Gate == "questionnaire-sent") await World.SendQuestionnaireAsync(Started);
                else await World.Host.Runtime.CompleteWorkItemAsync(open[0].Id, "am@test", null, Ct);
                continue;
            }
            var waitsFor = await World.Host.QueryAsync(db => db.MessageSubscriptions.Where(m => m.InstanceId == Started.InstanceId).Select(m => m.MessageName).FirstAsync(Ct));
            await World.Host.Runtime.DeliverMessageAsync(waitsFor, OnboardingId.ToString(), null, "client", Ct);
        }
        throw new InvalidOperationException($"'{WriteSow}' never opened.");
    }

    public async Task<IReadOnlyList<string>> OpenTitlesAsync() => (await World.Host.OpenWorkItemsAsync(Started.InstanceId)).Select(w => w.Title).ToList();

    /// <summary>v1 started and saved complete enough to send: one deliverable, one exclusion, one Phase 2 candidate when asked.</summary>
    public async Task<SowVersionView> ReadyDraftAsync(bool phase2 = false)
    {
        var v1 = await Drafts.StartAsync(OnboardingId, "am@test", Ct);
        return await Drafts.SaveAsync(v1.Id, Sendable(v1.Content, phase2), v1.ConcurrencyToken, "am@test", Ct);
    }

    public static SowContent Sendable(SowContent content, bool phase2 = false) => content with
    {
        Deliverables = [new SowDeliverable("SEO audit", "Technical and content audit with a prioritised plan", 1, "audit", 16), new SowDeliverable("Blog articles", "1,200 words each", 8, "articles", 32)],
        Exclusions = ["Paid media spend", "Translation"],
        Phase2 = phase2 ? [new SowPhase2Item("Paid social", "Meta and LinkedIn campaigns", 6000)] : [],
    };

    /// <summary>Sends a draft to the client's first contact; returns the token in the link.</summary>
    public async Task<string> SendAsync(SowVersionView draft, string by = "am@test")
    {
        var to = (await Sending.RecipientsAsync(OnboardingId, Ct))[0];
        var sent = await Sending.SendAsync(draft.Id, to.ContactId, null, draft.ConcurrencyToken, by, Ct);
        return sent.Url[(sent.Url.LastIndexOf('/') + 1)..];
    }

    public async Task<StatementOfWork> SowAsync(int version) =>
        await World.Host.QueryAsync(db => db.StatementsOfWork.AsNoTracking().SingleAsync(s => s.OnboardingId == OnboardingId && s.Version == version, Ct));

    public Task<T> QueryAsync<T>(Func<OnboardingDbContext, Task<T>> query) => World.Host.QueryAsync(query);

    public async Task<List<string>> AuditAsync() =>
        await QueryAsync(db => db.AuditEntries.Where(a => a.SubjectId == OnboardingId.ToString()).OrderBy(a => a.Id).Select(a => a.Action + ": " + a.Details + " [" + a.Actor + "]").ToListAsync(Ct));

    public ValueTask DisposeAsync() => World.DisposeAsync();
}
