using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Billing;
using Onboarding.Domain.People;
using Onboarding.Tests.Onboardings;
using Onboarding.Workflows.Billing;
using Onboarding.Workflows.Billing.Payments;
using Onboarding.Workflows.Messages;
using Onboarding.Workflows.Onboardings;

namespace Onboarding.Tests.Billing.Payments;

/// <summary>
/// One started onboarding (the default playbook, real engine) with billing terms in a currency, invoices issued through the
/// real <see cref="InvoiceIssuer"/>, and the people who act on money: finance, an admin, its account manager, the ops lead,
/// and an account manager of another client.
/// </summary>
internal sealed class PaymentWorld : IAsyncDisposable
{
    private PaymentWorld(OnboardingWorld world, StartedOnboarding started)
    {
        World = world;
        Started = started;
    }

    public OnboardingWorld World { get; }
    public StartedOnboarding Started { get; }
    public Guid OnboardingId => Started.Id;
    public PaymentRecorder Recorder => World.Host.Get<PaymentRecorder>();
    public PaymentQueries Queries => World.Host.Get<PaymentQueries>();
    public DepositGate Deposits => World.Host.Get<DepositGate>();
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock => World.Database.Clock;
    public static DateOnly Today => OnboardingWorld.Today;
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public BillingActor Finance => new(World.Finance.Id, "finance@test", [Roles.Finance]);
    public static BillingActor Admin => new("admin-id", "admin@test", [Roles.Admin]);
    public BillingActor AccountManager => new(World.AccountManager.Id, "am@test", [Roles.AccountManager]);
    public BillingActor OpsLead => new(World.OpsLead.Id, "ops@test", [Roles.OpsLead]);
    public static BillingActor OtherAccountManager => new("someone-elses-am", "other@test", [Roles.AccountManager]);

    /// <summary>A started onboarding with terms in <paramref name="currency"/> accepting <paramref name="methods"/> (none: no terms).</summary>
    public static async Task<PaymentWorld> CreateAsync(string? currency = "USD", string methods = "BankTransfer,Card")
    {
        var world = await OnboardingWorld.CreateAsync();
        var payments = new PaymentWorld(world, await world.StartAsync());
        if (currency is not null) await payments.AddTermsAsync(currency, methods);
        return payments;
    }

    public Task AddTermsAsync(string currency, string methods) => World.Host.QueryAsync(db =>
    {
        db.BillingTerms.Add(new BillingTerms
        {
            OnboardingId = OnboardingId, Currency = currency, Model = BillingModel.FixedFee, ContractValue = 24_000, DepositKind = DepositKind.Percentage,
            DepositValue = 30, PaymentTermDays = 30, PaymentMethods = methods, UpdatedBy = "finance@test", ConcurrencyToken = Guid.NewGuid(),
        });
        return db.SaveChangesAsync(Ct);
    });

    /// <summary>An issued invoice of <paramref name="total"/> (one line), numbered and due in 30 days.</summary>
    public Task<Invoice> IssueAsync(decimal total, InvoiceKind kind = InvoiceKind.Other, string currency = "USD", Guid? onboardingId = null) =>
        World.Host.Get<InvoiceIssuer>().IssueAsync(async (db, token) =>
        {
            var id = onboardingId ?? OnboardingId;
            var clientId = await db.Onboardings.Where(o => o.Id == id).Select(o => o.ClientId).SingleAsync(token);
            var invoice = new Invoice
            {
                Id = Guid.NewGuid(), OnboardingId = id, ClientId = clientId, Kind = kind, Title = kind == InvoiceKind.Deposit ? "Deposit: 30%" : $"{kind} invoice",
                Currency = currency, CreatedBy = "finance@test", UpdatedBy = "finance@test", ConcurrencyToken = Guid.NewGuid(),
                ScheduleKey = kind == InvoiceKind.Deposit ? "deposit" : null,
            };
            invoice.AddLine(invoice.Title, 1, total);
            db.Invoices.Add(invoice);
            return invoice;
        }, "finance@test", Ct);

    public Task<Invoice> InvoiceAsync(Guid id) => World.Host.QueryAsync(db => db.Invoices.AsNoTracking().SingleAsync(i => i.Id == id, Ct));

    public Task<List<Payment>> PaymentsAsync() =>
        World.Host.QueryAsync(db => db.Payments.AsNoTracking().Include(p => p.Allocations).OrderBy(p => p.RecordedAtUtc).ToListAsync(Ct));

    public Task<List<string>> AuditAsync(string action) => World.Host.QueryAsync(db => db.AuditEntries.AsNoTracking()
        .Where(a => a.SubjectType == AuditSubjects.Onboarding && a.SubjectId == OnboardingId.ToString() && a.Action == action)
        .OrderBy(a => a.Id).Select(a => a.Details).ToListAsync(Ct));

    public static PaymentForm Form(Invoice? invoice, decimal amount, string reference = "BANK-1", Domain.Billing.PaymentMethod method = Domain.Billing.PaymentMethod.BankTransfer, DateOnly? receivedOn = null) => new()
    {
        InvoiceId = invoice?.Id, InvoiceToken = invoice?.ConcurrencyToken ?? Guid.Empty, Amount = amount, ReceivedOn = receivedOn ?? Today,
        Method = method, Reference = reference,
    };

    public Task<RecordedPayment> RecordAsync(Invoice? invoice, decimal amount, string reference = "BANK-1") =>
        Recorder.RecordAsync(OnboardingId, Form(invoice, amount, reference), Finance, Ct);

    /// <summary>Completes the contract stage's work items: the workflow then waits for <see cref="KnownMessages.DepositPaid"/>.</summary>
    public async Task DriveToDepositWaitAsync()
    {
        await World.CompleteOpenWorkAsync(Started);
        (await WaitsForDepositAsync()).ShouldBeTrue();
    }

    public Task<bool> WaitsForDepositAsync() =>
        FollowUpSteps.WorkflowWaitsForAsync(World.Database.Factory, OnboardingId, KnownMessages.DepositPaid, Ct);

    public ValueTask DisposeAsync() => World.DisposeAsync();
}
