using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Clients;
using Onboarding.Domain.Data;
using Onboarding.Domain.People;
using Onboarding.Tests.Onboardings;
using Onboarding.Workflows.Billing;
using Onboarding.Workflows.Billing.Overdue;
using Onboarding.Workflows.Billing.Reminders;
using Onboarding.Workflows.Calendar;
using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Tests.Billing.Overdue;

/// <summary>
/// An onboarding started on the default playbook with billing terms and the real billing services over it, and
/// builders for invoices issued on a chosen firm day (so that their due date is known) on the database's fake clock.
/// </summary>
internal sealed class OverdueWorld : IAsyncDisposable
{
    private OverdueWorld(OnboardingWorld world) => World = world;

    public OnboardingWorld World { get; }
    public StartedOnboarding Started { get; private set; } = default!;
    public Guid OnboardingId => Started.Id;
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock => World.Database.Clock;
    public FirmClock Firm => World.Host.Get<FirmClock>();
    public InvoiceIssuer Issuer => World.Host.Get<InvoiceIssuer>();
    public OverdueDuty Overdue => (OverdueDuty)World.Host.Get<IEnumerable<IBillingDuty>>().Single(d => d is OverdueDuty);
    public PaymentReminderDuty ReminderDuty => (PaymentReminderDuty)World.Host.Get<IEnumerable<IBillingDuty>>().Single(d => d is PaymentReminderDuty);
    public PaymentReminders Reminders => World.Host.Get<PaymentReminders>();
    public LateFeeCharger Charger => World.Host.Get<LateFeeCharger>();
    public OverdueQueries Queries => World.Host.Get<OverdueQueries>();
    private TimeZoneInfo Zone { get; set; } = TimeZoneInfo.Utc;

    public BillingActor FinanceActor => new(World.Finance.Id, "Jordan Lee", [Roles.Finance]);
    public BillingActor AdminActor() => new("admin-id", "Sam Rivera", [Roles.Admin]);
    public BillingActor AccountManagerActor => new(World.AccountManager.Id, "Alex Morgan", [Roles.AccountManager]);
    public static BillingActor OtherAccountManager => new("someone-else", "Casey Other", [Roles.AccountManager]);
    public BillingActor OpsLeadActor => new(World.OpsLead.Id, "Priya Shah", [Roles.OpsLead]);

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <param name="timeZone">The firm's time zone (UTC when null).</param>
    public static async Task<OverdueWorld> CreateAsync(string? timeZone = null)
    {
        var options = timeZone is null ? null : new WorkflowOptions { TimeZone = timeZone, AutomationBackoff = TimeSpan.FromMinutes(1) };
        var world = new OverdueWorld(await OnboardingWorld.CreateAsync(options));
        if (timeZone is not null) world.Zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        world.Started = await world.World.StartAsync();
        return world;
    }

    /// <summary>Saves billing terms for the onboarding: USD, net 30, 1.5% a month after 10 grace days, bank transfer and card, unless changed.</summary>
    public async Task<BillingTerms> TermsAsync(Action<BillingTerms>? change = null)
    {
        var terms = new BillingTerms
        {
            OnboardingId = OnboardingId, Currency = "USD", Model = BillingModel.FixedFee, ContractValue = 24000, PaymentTermDays = 30,
            LateFeeKind = LateFeeKind.PercentPerMonth, LateFeeValue = 1.5m, LateFeeGraceDays = 10, PaymentMethods = "BankTransfer,Card",
            UpdatedAtUtc = Firm.UtcNow, UpdatedBy = "finance@test", ConcurrencyToken = Guid.NewGuid(),
        };
        change?.Invoke(terms);
        await using var db = await World.Database.Factory.CreateDbContextAsync(Ct);
        db.BillingTerms.Add(terms);
        await db.SaveChangesAsync(Ct);
        return terms;
    }

    /// <summary>Moves the clock to <paramref name="time"/> on the firm's day <paramref name="day"/> (forward only).</summary>
    public void SetFirmTime(DateOnly day, TimeOnly time) =>
        Clock.SetUtcNow(new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(time), Zone), TimeSpan.Zero));

    /// <summary>Issues an invoice of one line on the firm day 30 days before <paramref name="dueOn"/> (the terms are net 30), leaving the clock there.</summary>
    public async Task<Invoice> IssueDueOnAsync(DateOnly dueOn, decimal total = 4000, string currency = "USD", string title = "Deposit")
    {
        SetFirmTime(dueOn.AddDays(-30), new TimeOnly(12, 0));
        return await Issuer.IssueAsync((db, _) =>
        {
            var invoice = new Invoice
            {
                Id = Guid.NewGuid(), OnboardingId = OnboardingId, ClientId = World.ClientId, Kind = InvoiceKind.Deposit, Title = title, Currency = currency,
                Status = InvoiceStatus.Draft, CreatedAtUtc = Firm.UtcNow, CreatedBy = "finance@test", UpdatedAtUtc = Firm.UtcNow, UpdatedBy = "finance@test",
                ConcurrencyToken = Guid.NewGuid(),
            };
            invoice.AddLine(title, 1, total);
            db.Invoices.Add(invoice);
            return Task.FromResult(invoice);
        }, "finance@test", Ct);
    }

    /// <summary>Records <paramref name="amount"/> paid on the invoice the way the payments service settles it (amount paid, then the status rule).</summary>
    public async Task PayAsync(Guid invoiceId, decimal amount)
    {
        await using var db = await World.Database.Factory.CreateDbContextAsync(Ct);
        var invoice = await db.Invoices.SingleAsync(i => i.Id == invoiceId, Ct);
        invoice.AmountPaid += amount;
        invoice.ConcurrencyToken = Guid.NewGuid();
        InvoiceStatuses.Refresh(invoice, Firm.Today());
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>Adds a contact to the client (after the existing ones).</summary>
    public async Task AddContactAsync(string name, string email, ContactRole role)
    {
        await using var db = await World.Database.Factory.CreateDbContextAsync(Ct);
        db.ClientContacts.Add(new ClientContact { ClientId = World.ClientId, Name = name, Email = email, Role = role, Position = 10 });
        await db.SaveChangesAsync(Ct);
    }

    public async Task ClearContactEmailsAsync()
    {
        await using var db = await World.Database.Factory.CreateDbContextAsync(Ct);
        await db.ClientContacts.Where(c => c.ClientId == World.ClientId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Email, ""), Ct);
    }

    public async Task<T> QueryAsync<T>(Func<OnboardingDbContext, Task<T>> query)
    {
        await using var db = await World.Database.Factory.CreateDbContextAsync(Ct);
        return await query(db);
    }

    public Task<Invoice> ReloadAsync(Guid id) => QueryAsync(db => db.Invoices.AsNoTracking().Include(i => i.Lines).SingleAsync(i => i.Id == id, Ct));

    public Task<List<string>> AuditAsync(string action) =>
        QueryAsync(db => db.AuditEntries.Where(a => a.Action == action).OrderBy(a => a.Id).Select(a => a.Details).ToListAsync(Ct));

    public Task<List<Domain.Mail.OutboxMessage>> OutboxAsync(string kind) =>
        QueryAsync(db => db.OutboxMessages.Where(m => m.Kind == kind).OrderBy(m => m.CreatedAtUtc).ToListAsync(Ct));

    public ValueTask DisposeAsync() => World.DisposeAsync();
}
