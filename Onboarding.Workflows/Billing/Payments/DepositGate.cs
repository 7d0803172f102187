using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Messages;
using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Workflows.Billing.Payments;

/// <summary>
/// The deposit gate: when the onboarding's deposit invoice becomes paid, the workflow is told
/// (<see cref="KnownMessages.DepositPaid"/>) once, after the payment is committed; the runtime keeps the message if the
/// workflow is not waiting yet. A failure is written on the trail and the Billing tab offers to move the onboarding on.
/// A void afterwards cannot take the message back.
/// </summary>
public sealed class DepositGate(IDbContextFactory<OnboardingDbContext> databases, WorkflowRuntime runtime, TimeProvider clock, ILogger<DepositGate> log)
{
    public const string VoidCannotUntell =
        "The workflow was already told the deposit was paid and has moved on; voiding does not take that back, so hold the work by hand if needed.";

    private static readonly string ReceivedText = $"'{KnownMessages.DepositPaid}'";

    /// <summary>True when this change made the onboarding's deposit invoice paid (a partial payment does not).</summary>
    public static bool BecamePaid(Invoice invoice, InvoiceStatus before) =>
        invoice.Kind == InvoiceKind.Deposit && before != InvoiceStatus.Paid && invoice.Status == InvoiceStatus.Paid;

    /// <summary>Tells the workflow the deposit <paramref name="invoice"/> is paid; false when that failed (on the trail).</summary>
    public async Task<bool> AfterPaidAsync(Invoice invoice, string by, CancellationToken ct)
    {
        var steps = new FollowUpSteps(invoice.OnboardingId, $"the deposit {invoice.Number} was paid", log);
        await steps.RunAsync("telling the workflow the deposit is paid", () => TellAsync(invoice, by, ct));
        return await steps.ReportAsync(databases, clock, by, "Deposit follow-up failed", $"The deposit {invoice.Number} is paid and saved",
            "Use \"Move the onboarding on\" on the Billing tab.");
    }

    /// <summary>The Billing tab's "Move the onboarding on": tells the workflow again when the deposit is paid and it still waits.</summary>
    public async Task<bool> MoveOnAsync(Guid onboardingId, BillingActor actor, CancellationToken ct = default)
    {
        BillingAccess.EnsureFinance(actor, "move the onboarding on after the deposit");
        Invoice deposit;
        await using (var db = await databases.CreateDbContextAsync(ct))
        {
            deposit = await PaidDeposit(db, onboardingId).FirstOrDefaultAsync(ct)
                ?? throw new DomainException("The deposit invoice is not paid yet; there is nothing to move on from.");
        }
        return await AfterPaidAsync(deposit, actor.Name, ct);
    }

    /// <summary>The deposit is paid but the workflow still waits for it: telling it failed.</summary>
    public static async Task<bool> IsStuckAsync(OnboardingDbContext db, Guid onboardingId, CancellationToken ct) =>
        await PaidDeposit(db, onboardingId).AnyAsync(ct) && await FollowUpSteps.WorkflowWaitsForAsync(db, onboardingId, KnownMessages.DepositPaid, ct);

    /// <summary>Once only: not when the workflow already received the message or keeps one for later (a deposit paid, voided and paid again).</summary>
    private async Task TellAsync(Invoice invoice, string by, CancellationToken ct)
    {
        var key = invoice.OnboardingId.ToString();
        await using (var db = await databases.CreateDbContextAsync(ct))
        {
            var instanceId = await db.Onboardings.Where(o => o.Id == invoice.OnboardingId).Select(o => o.WorkflowInstanceId).SingleAsync(ct);
            var received = nameof(JournalKind.MessageReceived);
            if (await db.JournalEntries.AnyAsync(j => j.InstanceId == instanceId && j.Kind == received && j.Text.Contains(ReceivedText), ct)) return;
            var now = clock.GetUtcNow().UtcDateTime;
            if (await db.BufferedMessages.AnyAsync(m => m.MessageName == KnownMessages.DepositPaid && m.CorrelationKey == key && m.ExpiresAtUtc > now, ct)) return;
        }
        await runtime.DeliverMessageAsync(KnownMessages.DepositPaid, key, new JsonObject
        {
            ["invoiceId"] = invoice.Id.ToString(), ["invoice"] = invoice.Number, ["amount"] = invoice.Total, ["currency"] = invoice.Currency,
        }, by, ct);
    }

    private static IQueryable<Invoice> PaidDeposit(OnboardingDbContext db, Guid onboardingId) =>
        db.Invoices.AsNoTracking().Where(i => i.OnboardingId == onboardingId && i.Kind == InvoiceKind.Deposit && i.Status == InvoiceStatus.Paid);
}
