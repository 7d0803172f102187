using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.ClientLinks;
using Onboarding.Domain.Data;
using Onboarding.Domain.Scope;
using Onboarding.Tests.Onboardings;
using Onboarding.Workflows.ClientLinks;
using Onboarding.Workflows.Mail;
using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Scope;
using Onboarding.Workflows.Scope.ChangeRequests;

namespace Onboarding.Tests.Scope.ChangeRequests;

/// <summary>
/// An onboarding started on the default playbook with the real change-request services over it (the client-link gate
/// made as the client portal makes it), and builders for what the tests need: an approved SOW row, drafts, a change
/// request sent for approval with its link.
/// </summary>
internal sealed class ChangeRequestWorld : IAsyncDisposable
{
    private ChangeRequestWorld(OnboardingWorld world) => World = world;

    public OnboardingWorld World { get; }
    public StartedOnboarding Started { get; private set; } = default!;
    public Guid OnboardingId => Started.Id;
    public ClientLinkRateLimiter Limiter { get; private set; } = default!;
    public ClientLinkGate Gate { get; private set; } = default!;
    public ChangeRequestEditor Editor => World.Host.Get<ChangeRequestEditor>();
    public ChangeRequestSender Sender => World.Host.Get<ChangeRequestSender>();
    public ChangeRequestBilling Billing => World.Host.Get<ChangeRequestBilling>();
    public ChangeRequestLogQuery Log => World.Host.Get<ChangeRequestLogQuery>();
    public ChangeRequestQueries Queries => World.Host.Get<ChangeRequestQueries>();
    public ChangeRequestForms Forms => World.Host.Get<ChangeRequestForms>();
    public ClientLinks Links => World.Host.Get<ClientLinks>();
    public ChangeRequestApproval Approval { get; private set; } = default!;
    public ClientChangeRequestDesk Desk { get; private set; } = default!;
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock => World.Database.Clock;

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <param name="playbookBpmn">Start the onboarding on this playbook (published for the test) instead of the default one.</param>
    public static async Task<ChangeRequestWorld> CreateAsync(string? playbookBpmn = null)
    {
        var world = new ChangeRequestWorld(await OnboardingWorld.CreateAsync());
        var request = world.World.Request();
        if (playbookBpmn is not null)
        {
            await world.World.Host.PublishAsync("cr-test", playbookBpmn);
            request = request with { PlaybookId = (await world.World.Host.Catalog.ListAsync(Ct)).Single(p => p.Key == "cr-test").Id };
        }
        world.Started = await world.World.StartAsync(request);
        world.Limiter = new ClientLinkRateLimiter(world.Clock, new ClientLinkRateLimits { PermitLimit = 1000 });
        world.Gate = new ClientLinkGate(world.Links, world.Limiter);
        var host = world.World.Host;
        world.Approval = new ChangeRequestApproval(world.World.Database.Factory, world.Gate, world.Forms, host.Get<ScopeMail>(), host.Get<ChangeRequestFollowUp>(), world.Clock);
        world.Desk = new ClientChangeRequestDesk(world.World.Database.Factory, world.Gate, world.Links, host.Get<ScopeOptions>(), host.Get<ScopeMail>(), world.Clock);
        return world;
    }

    /// <summary>A valid draft: outside the scope, 16 hours, USD 2,400.00, 3 business days, requested today by the client's first contact.</summary>
    public static ChangeRequestDraft Draft(string title = "Two extra landing pages", Action<ChangeRequestDraft>? change = null)
    {
        var draft = new ChangeRequestDraft
        {
            Title = title, RequestedBy = "Person 1", RequestedOn = OnboardingWorld.Today, Description = "Landing pages for the spring campaign, one per product line.",
            Reason = "The campaign was planned after the SOW was signed.", ImpactHours = 16, ImpactCost = 2400, ImpactDays = 3, Priority = ChangeRequestPriority.High,
        };
        change?.Invoke(draft);
        return draft;
    }

    public Task<ChangeRequest> RaiseAsync(ChangeRequestDraft? draft = null, string by = "am@test") => Editor.RaiseAsync(OnboardingId, draft ?? Draft(), by, Ct);

    public async Task<ChangeRequest> SubmittedAsync(ChangeRequestDraft? draft = null)
    {
        var raised = await RaiseAsync(draft);
        return await Editor.SubmitAsync(raised.Id, raised.ConcurrencyToken, "am@test", Ct);
    }

    /// <summary>Raised, submitted and sent to the client's first contact; returns it and the token of its link.</summary>
    public async Task<(ChangeRequest Change, string Token)> AwaitingAsync(ChangeRequestDraft? draft = null)
    {
        var submitted = await SubmittedAsync(draft);
        var to = (await Sender.RecipientsAsync(OnboardingId, Ct))[0];
        var sent = await Sender.SendAsync(submitted.Id, submitted.ConcurrencyToken, to.ContactId, null, "am@test", Ct);
        return (sent.ChangeRequest, TokenOf(sent.Link));
    }

    public static string TokenOf(string url) => url[(url.LastIndexOf('/') + 1)..];

    /// <summary>Inserts an approved SOW version directly (the SOW's own services are built elsewhere): <paramref name="hours"/> at <paramref name="rate"/>.</summary>
    public async Task<StatementOfWork> ApprovedSowAsync(decimal hours = 120, decimal rate = 150, string currency = "USD", int version = 1,
        SowStatus status = SowStatus.Approved, string? changesRequested = null)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        var content = new SowContent
        {
            Title = "Statement of work", Currency = currency, HourlyRate = rate,
            Deliverables = [new SowDeliverable("Website redesign", "Five templates", 5, "templates", hours)],
        };
        var sow = new StatementOfWork
        {
            Id = Guid.NewGuid(), OnboardingId = OnboardingId, Version = version, Status = status, ContentJson = content.ToJson(), CreatedAtUtc = now, CreatedBy = "am@test",
            UpdatedAtUtc = now, UpdatedBy = "am@test", SentAtUtc = now, SentBy = "am@test", SentToName = "Person 1", SentToEmail = "person1@acmeanalytics.com",
            DecidedAtUtc = status is SowStatus.Draft or SowStatus.Sent ? null : now, DecidedByName = "Person 1", ChangesRequested = changesRequested,
            ConcurrencyToken = Guid.NewGuid(),
        };
        await using var db = await World.Database.Factory.CreateDbContextAsync(Ct);
        db.StatementsOfWork.Add(sow);
        await db.SaveChangesAsync(Ct);
        return sow;
    }

    /// <summary>A scope link (as the SOW's sender issues it) for <paramref name="sow"/>; returns its token.</summary>
    public async Task<string> ScopeLinkAsync(StatementOfWork sow)
    {
        await using var db = await World.Database.Factory.CreateDbContextAsync(Ct);
        var issued = await Links.IssueAsync(db, ClientLinkPurpose.ScopeApproval, sow.Id, OnboardingId, "am@test", ct: Ct);
        await db.SaveChangesAsync(Ct);
        return issued.Token;
    }

    public async Task<T> QueryAsync<T>(Func<OnboardingDbContext, Task<T>> query)
    {
        await using var db = await World.Database.Factory.CreateDbContextAsync(Ct);
        return await query(db);
    }

    public Task<ChangeRequest> ReloadAsync(Guid id) => QueryAsync(db => db.ChangeRequests.AsNoTracking().SingleAsync(c => c.Id == id, Ct));

    public Task<List<string>> AuditAsync(string action) => QueryAsync(db => db.AuditEntries.Where(a => a.Action == action).OrderBy(a => a.Id).Select(a => a.Details).ToListAsync(Ct));

    public Task<List<Domain.Mail.OutboxMessage>> OutboxAsync(string kind) =>
        QueryAsync(db => db.OutboxMessages.Where(m => m.Kind == kind).OrderBy(m => m.CreatedAtUtc).ToListAsync(Ct));

    public static string ApprovalTemplate => DefaultEmailTemplates.ChangeRequestApprovalRequest;

    public static string ResponseTemplate => DefaultEmailTemplates.ClientScopeResponse;

    public ValueTask DisposeAsync() => World.DisposeAsync();
}
