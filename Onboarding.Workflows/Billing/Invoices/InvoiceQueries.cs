using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Billing.Terms;
using Onboarding.Workflows.Calendar;
using Onboarding.Workflows.Scope.ChangeRequests;

namespace Onboarding.Workflows.Billing.Invoices;

/// <summary>One invoice on the tab: its status today (<see cref="InvoiceStatuses.For"/>) and, for a draft, when it will be issued.</summary>
public sealed record InvoiceRow(Invoice Invoice, InvoiceStatus Status, string? IssuesWhen);

/// <summary>The Invoices section: the onboarding's invoices in order, what is ready to invoice, the terms (null before they are set).</summary>
public sealed record InvoicesView(IReadOnlyList<InvoiceRow> Rows, IReadOnlyList<BillableItem> ReadyToInvoice, BillingTerms? Terms, bool CanAct, DateOnly Today);

public sealed class InvoiceQueries(IDbContextFactory<OnboardingDbContext> databases, FirmClock firm)
{
    public async Task<InvoicesView> ForOnboardingAsync(Guid onboardingId, BillingActor actor, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        await BillingAccess.EnsureCanViewAsync(db, onboardingId, actor, ct);
        var invoices = await db.Invoices.AsNoTracking().Include(i => i.Lines).Where(i => i.OnboardingId == onboardingId).ToListAsync(ct);
        var ready = await ChangeRequestBilling.ReadyToInvoice(db, onboardingId).ToListAsync(ct);
        var terms = await db.BillingTerms.AsNoTracking().SingleOrDefaultAsync(t => t.OnboardingId == onboardingId, ct);
        var today = firm.Today();
        var rows = invoices
            .OrderBy(i => i.Status == InvoiceStatus.Draft).ThenBy(i => i.Sequence)
            .ThenBy(i => i.ScheduleKey is not null).ThenBy(i => i.ScheduledOn ?? DateOnly.MaxValue).ThenBy(i => MilestoneNumber(i.ScheduleKey)).ThenBy(i => i.CreatedAtUtc)
            .Select(i => new InvoiceRow(i, InvoiceStatuses.For(i, today), IssuesWhen(i))).ToList();
        return new InvoicesView(rows, ready, terms, actor.IsFinance, today);
    }

    /// <summary>"Issues on 1 Feb 2027", "Issues when the workflow reaches Client kickoff", or, for a hand-written draft, "Finance issues it when ready".</summary>
    public static string? IssuesWhen(Invoice invoice) => invoice.Status != InvoiceStatus.Draft ? null
        : invoice.ScheduledOn is { } on ? $"Issues on {BillingTermsText.Date(on)}"
        : invoice.MilestoneStage is { } stage ? $"Issues when the workflow reaches {stage}"
        : "Finance issues it when ready";

    private static int MilestoneNumber(string? key) =>
        key is not null && key.StartsWith("milestone:", StringComparison.Ordinal) && int.TryParse(key["milestone:".Length..], out var n) ? n : 0;
}
