using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Billing;
using Onboarding.Domain.People;
using Onboarding.Domain.Scope;
using Onboarding.Tests.Onboardings;
using Onboarding.Tests.Scope.ChangeRequests;
using Onboarding.Workflows.Billing;
using Onboarding.Workflows.Billing.Invoices;
using Onboarding.Workflows.Billing.Terms;

namespace Onboarding.Tests.Billing.Terms;

/// <summary>
/// An onboarding started on the default playbook (with the change-request world, for approved billable change requests)
/// and the real billing services over it, on the database's fake clock (24 Nov 2026, 09:00 UTC; the firm's zone is UTC).
/// </summary>
internal sealed class TermsWorld : IAsyncDisposable
{
    private TermsWorld(ChangeRequestWorld scope) => Scope = scope;

    public ChangeRequestWorld Scope { get; }
    public OnboardingWorld World => Scope.World;
    public Guid OnboardingId => Scope.OnboardingId;
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock => Scope.Clock;

    public BillingTermsEditor Editor => World.Host.Get<BillingTermsEditor>();
    public BillingTermsQueries TermsQueries => World.Host.Get<BillingTermsQueries>();
    public InvoiceDrafts Drafts => World.Host.Get<InvoiceDrafts>();
    public DraftIssuing Issuing => World.Host.Get<DraftIssuing>();
    public ChangeRequestInvoicing CrInvoicing => World.Host.Get<ChangeRequestInvoicing>();
    public InvoiceVoiding Voiding => World.Host.Get<InvoiceVoiding>();
    public InvoiceQueries Invoices => World.Host.Get<InvoiceQueries>();
    public ScheduledInvoiceDuty Duty => (ScheduledInvoiceDuty)World.Host.Get<IEnumerable<IBillingDuty>>().Single(d => d is ScheduledInvoiceDuty);

    public BillingActor Finance => new(World.Finance.Id, "finance@test", [Roles.Finance]);
    public static BillingActor AdminUser => new("admin-id", "admin@test", [Roles.Admin]);
    public BillingActor AccountManager => new(World.AccountManager.Id, "am@test", [Roles.AccountManager]);
    public BillingActor OpsLead => new(World.OpsLead.Id, "ops@test", [Roles.OpsLead]);

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<TermsWorld> CreateAsync() => new(await ChangeRequestWorld.CreateAsync());

    /// <summary>The actor of a role for authorization theories.</summary>
    public BillingActor As(string role) => role switch
    {
        Roles.Finance => Finance,
        Roles.Admin => AdminUser,
        Roles.AccountManager => AccountManager,
        _ => OpsLead,
    };

    /// <summary>Fixed fee USD 24,000.00: 30% deposit, 40% at Internal kickoff, 30% at Client kickoff; net 30; 1.5% a month after 7 days.</summary>
    public static BillingTermsForm FixedFee(Action<BillingTermsForm>? change = null)
    {
        var form = new BillingTermsForm
        {
            Currency = "USD", Model = BillingModel.FixedFee, ContractValue = 24_000, DepositKind = DepositKind.Percentage, DepositValue = 30,
            PaymentTermDays = 30, LateFeeKind = LateFeeKind.PercentPerMonth, LateFeeValue = 1.5m, LateFeeGraceDays = 7,
            PaymentMethods = [PaymentMethod.BankTransfer, PaymentMethod.Card],
            Milestones =
            [
                new() { Name = "Team ready", Percent = 40, Stage = "Internal kickoff" },
                new() { Name = "Kickoff held", Percent = 30, Stage = "Client kickoff" },
            ],
        };
        change?.Invoke(form);
        return form;
    }

    /// <summary>A retainer of USD 3,000.00 a month for <paramref name="months"/> months from <paramref name="first"/>, no deposit.</summary>
    public static BillingTermsForm Retainer(DateOnly first, int months = 3, Action<BillingTermsForm>? change = null)
    {
        var form = new BillingTermsForm
        {
            Currency = "USD", Model = BillingModel.MonthlyRetainer, MonthlyFee = 3_000, RetainerMonths = months, FirstRetainerOn = first,
            DepositKind = DepositKind.Percentage, DepositValue = 0, PaymentTermDays = 21, PaymentMethods = [PaymentMethod.BankTransfer],
        };
        change?.Invoke(form);
        return form;
    }

    /// <summary>Hourly at USD 150.00 with no deposit.</summary>
    public static BillingTermsForm Hourly(Action<BillingTermsForm>? change = null)
    {
        var form = new BillingTermsForm { Currency = "USD", Model = BillingModel.Hourly, HourlyRate = 150, PaymentTermDays = 30, PaymentMethods = [PaymentMethod.Online] };
        change?.Invoke(form);
        return form;
    }

    public Task<SavedTerms> SaveAsync(BillingTermsForm form, Guid? token = null, BillingActor? by = null) => Editor.SaveAsync(OnboardingId, form, token, by ?? Finance, Ct);

    public Task<List<Invoice>> InvoicesAsync() =>
        Scope.QueryAsync(db => db.Invoices.AsNoTracking().Include(i => i.Lines).Where(i => i.OnboardingId == OnboardingId).OrderBy(i => i.CreatedAtUtc).ThenBy(i => i.ScheduleKey).ToListAsync(Ct));

    public async Task<Invoice> InvoiceAsync(string key) => (await InvoicesAsync()).Single(i => i.ScheduleKey == key);

    public Task<Invoice> ReloadAsync(Guid invoiceId) => Scope.QueryAsync(db => db.Invoices.AsNoTracking().Include(i => i.Lines).SingleAsync(i => i.Id == invoiceId, Ct));

    public Task<List<string>> AuditAsync(string action) => Scope.AuditAsync(action);

    /// <summary>An approved billable change request (USD 2,400.00 unless changed) and its billable item.</summary>
    public async Task<(ChangeRequest Change, BillableItem Item)> ApprovedChangeAsync(string title = "Two extra landing pages", decimal cost = 2400)
    {
        var (change, token) = await Scope.AwaitingAsync(ChangeRequestWorld.Draft(title, d => d.ImpactCost = cost));
        await Scope.Approval.ApproveAsync(token, "Dana Kim", null, Ct);
        var item = await Scope.QueryAsync(db => db.BillableItems.AsNoTracking().SingleAsync(i => i.ChangeRequestId == change.Id, Ct));
        return (await Scope.ReloadAsync(change.Id), item);
    }

    public ValueTask DisposeAsync() => Scope.DisposeAsync();
}
