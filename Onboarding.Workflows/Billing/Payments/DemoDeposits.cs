using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.People;
using Onboarding.Workflows.Calendar;

namespace Onboarding.Workflows.Billing.Payments;

/// <summary>
/// The demo's deposits, the way finance does them: billing terms, the deposit invoice issued, and (for the onboardings
/// past the gate) the payment recorded, which tells the workflow. Each step looks for what exists first, so it can run twice.
/// </summary>
public sealed class DemoDeposits(IDbContextFactory<OnboardingDbContext> databases, InvoiceIssuer issuer, PaymentRecorder recorder, FirmClock firm)
{
    public const string By = "finance@demo.local";
    public const string DepositKey = "deposit";
    private const decimal DepositPercent = 30m;

    /// <summary>Terms (fixed fee of <paramref name="contractValue"/>, 30% deposit, net 30) and the issued deposit invoice.</summary>
    public async Task<Invoice> IssueAsync(Guid onboardingId, decimal contractValue, CancellationToken ct = default)
    {
        await using (var db = await databases.CreateDbContextAsync(ct))
        {
            var issued = await db.Invoices.AsNoTracking().FirstOrDefaultAsync(i => i.OnboardingId == onboardingId && i.ScheduleKey == DepositKey && i.Status != InvoiceStatus.Draft, ct);
            if (issued is not null) return issued;
            if (!await db.BillingTerms.AnyAsync(t => t.OnboardingId == onboardingId, ct))
            {
                db.BillingTerms.Add(new BillingTerms
                {
                    OnboardingId = onboardingId, Currency = "USD", Model = BillingModel.FixedFee, ContractValue = contractValue,
                    DepositKind = DepositKind.Percentage, DepositValue = DepositPercent, PaymentTermDays = 30, LateFeeKind = LateFeeKind.PercentPerMonth,
                    LateFeeValue = 1.5m, LateFeeGraceDays = 7, PaymentMethods = $"{PaymentMethod.BankTransfer},{PaymentMethod.Card}",
                    UpdatedAtUtc = firm.UtcNow, UpdatedBy = By, ConcurrencyToken = Guid.NewGuid(),
                });
                await db.SaveChangesAsync(ct);
            }
        }
        return await issuer.IssueAsync(async (db, token) =>
        {
            var draft = await db.Invoices.Include(i => i.Lines).FirstOrDefaultAsync(i => i.OnboardingId == onboardingId && i.ScheduleKey == DepositKey, token);
            if (draft is not null) return draft;
            var clientId = await db.Onboardings.Where(o => o.Id == onboardingId).Select(o => o.ClientId).SingleAsync(token);
            var now = firm.UtcNow;
            draft = new Invoice
            {
                Id = Guid.NewGuid(), OnboardingId = onboardingId, ClientId = clientId, Kind = InvoiceKind.Deposit, ScheduleKey = DepositKey,
                Title = $"Deposit: {DepositPercent:0}% of {Money.Format(contractValue, "USD")}", Status = InvoiceStatus.Draft, Currency = "USD",
                CreatedAtUtc = now, CreatedBy = By, UpdatedAtUtc = now, UpdatedBy = By, ConcurrencyToken = Guid.NewGuid(),
            };
            draft.AddLine($"Deposit ({DepositPercent:0}% of the fixed fee)", 1, Money.Round(contractValue * DepositPercent / 100, "USD"));
            db.Invoices.Add(draft);
            return draft;
        }, By, ct);
    }

    /// <summary>Issues the deposit if needed and records its payment by bank transfer today (the workflow hears of it).</summary>
    public async Task PayAsync(Guid onboardingId, decimal contractValue, string financeUserId, CancellationToken ct = default)
    {
        var deposit = await IssueAsync(onboardingId, contractValue, ct);
        if (!deposit.IsOpen) return;
        var form = new PaymentForm
        {
            InvoiceId = deposit.Id, InvoiceToken = deposit.ConcurrencyToken, Amount = deposit.Balance, ReceivedOn = firm.Today(),
            Method = PaymentMethod.BankTransfer, Reference = $"DEMO-{deposit.Number}",
        };
        await recorder.RecordAsync(onboardingId, form, new BillingActor(financeUserId, By, [Roles.Finance]), ct);
    }
}
