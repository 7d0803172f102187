using Onboarding.Domain.Billing;
using Onboarding.Domain.People;
using Onboarding.Domain.Playbooks;
using Onboarding.Tests.Clients;
using Onboarding.Tests.Onboardings;
using Onboarding.Tests.Support;
using Onboarding.Workflows.Billing;
using Onboarding.Workflows.Billing.Dashboard;
using Onboarding.Workflows.Billing.Statements;
using Onboarding.Workflows.Messages;
using Onboarding.Workflows.Onboardings;
using StaffRoles = Onboarding.Domain.People.Roles;

namespace Onboarding.Tests.Billing.Dashboard;

/// <summary>
/// An <see cref="OnboardingWorld"/> (today 2026-11-24, firm time zone UTC) with a started onboarding per client, and invoices,
/// payments and allocations inserted as rows (numbered as issuing numbers them), so the dashboard is tested without the
/// services that create them.
/// </summary>
internal sealed class FinanceWorld : IAsyncDisposable
{
    private int sequence;

    private FinanceWorld(OnboardingWorld world) => World = world;

    public OnboardingWorld World { get; }
    public static DateOnly Today => OnboardingWorld.Today;
    public static CancellationToken Ct => TestContext.Current.CancellationToken;
    public FinanceDashboardQuery Dashboard => World.Host.Get<FinanceDashboardQuery>();
    public InvoiceCsv Csv => World.Host.Get<InvoiceCsv>();
    public ClientStatementQuery Statements => World.Host.Get<ClientStatementQuery>();
    public BillingActor Finance => new(World.Finance.Id, "finance", [StaffRoles.Finance]);
    public BillingActor Admin => new("admin-id", "admin", [StaffRoles.Admin]);
    public BillingActor AccountManager => new(World.AccountManager.Id, "am", [StaffRoles.AccountManager]);
    public BillingActor OpsLead => new(World.OpsLead.Id, "ops", [StaffRoles.OpsLead]);

    /// <summary>A second account manager ("blake"), for filters by account manager.</summary>
    public AppUser OtherManager { get; private set; } = default!;

    public static async Task<FinanceWorld> CreateAsync()
    {
        var world = new FinanceWorld(await OnboardingWorld.CreateAsync());
        await using var identity = await TestServices.BuildAsync(world.World.Database);
        world.OtherManager = await identity.AddUserAsync("blake@test", StaffRoles.AccountManager);
        return world;
    }

    /// <summary>A new client named <paramref name="name"/> with an onboarding started for it.</summary>
    public async Task<Party> ClientAsync(string name, string? accountManagerId = null)
    {
        var clientId = await World.Clients.CreateAsync(ClientDrafts.Valid(name), "am@test", Ct);
        var request = World.Request(clientId) with { AccountManagerId = accountManagerId ?? World.AccountManager.Id };
        var started = await World.StartAsync(request);
        return new Party(clientId, started);
    }

    /// <summary>An issued invoice numbered next, due <paramref name="dueInDays"/> days from today (negative: past due), <paramref name="paid"/> paid.</summary>
    public async Task<Invoice> InvoiceAsync(
        Party party, string currency, decimal total, int dueInDays = 30, decimal paid = 0, int issuedDaysAgo = 0,
        InvoiceKind kind = InvoiceKind.Milestone, string? title = null, InvoiceStatus? status = null)
    {
        var number = ++sequence;
        var invoice = new Invoice
        {
            Id = Guid.NewGuid(), OnboardingId = party.OnboardingId, ClientId = party.ClientId, Kind = kind, Currency = currency,
            Title = title ?? $"{kind} {number}", Sequence = number, Number = InvoiceIssuer.FormatNumber(number),
            IssuedOn = Today.AddDays(-issuedDaysAgo), DueOn = Today.AddDays(dueInDays), IssuedAtUtc = DateTime.UtcNow,
            Total = total, AmountPaid = paid, CreatedBy = "test", UpdatedBy = "test", ConcurrencyToken = Guid.NewGuid(),
            Status = InvoiceStatus.Issued,
        };
        invoice.Lines.Add(new InvoiceLine { Position = 1, Description = invoice.Title, Quantity = 1, UnitPrice = total, Amount = total });
        if (status == InvoiceStatus.Draft)
        {
            (invoice.Sequence, invoice.Number, invoice.IssuedOn, invoice.DueOn, invoice.IssuedAtUtc) = (null, null, null, null, null);
            sequence--;
        }
        if (status is { } given) invoice.Status = given;
        else InvoiceStatuses.Refresh(invoice, Today);
        await SaveAsync(db => db.Invoices.Add(invoice));
        return invoice;
    }

    /// <summary>A payment received <paramref name="daysAgo"/> days ago, allocated as given (the rest is credit).</summary>
    public async Task<Payment> PaymentAsync(Party party, string currency, decimal amount, int daysAgo, params (Invoice Invoice, decimal Amount)[] allocations)
    {
        var payment = new Payment
        {
            Id = Guid.NewGuid(), OnboardingId = party.OnboardingId, ClientId = party.ClientId, Currency = currency, Amount = amount,
            ReceivedOn = Today.AddDays(-daysAgo), Method = PaymentMethod.BankTransfer, Reference = $"REF-{amount}",
            RecordedAtUtc = DateTime.UtcNow, RecordedBy = "finance", ConcurrencyToken = Guid.NewGuid(),
            Allocations = [.. allocations.Select(a => new PaymentAllocation
            {
                InvoiceId = a.Invoice.Id, Amount = a.Amount, AllocatedAtUtc = Today.AddDays(-daysAgo).ToDateTime(TimeOnly.MinValue), AllocatedBy = "finance",
            })],
        };
        await SaveAsync(db => db.Payments.Add(payment));
        return payment;
    }

    /// <summary>Makes the party's workflow wait for DepositPaid since <paramref name="daysAgo"/> days ago, as the engine records it.</summary>
    public Task WaitForDepositAsync(Party party, int daysAgo) => SaveAsync(db => db.MessageSubscriptions.Add(new MessageSubscription
    {
        Id = Guid.NewGuid(), InstanceId = party.Started.InstanceId, TokenId = 99, NodeId = "Catch_DepositPaid", MessageName = KnownMessages.DepositPaid,
        CorrelationKey = party.OnboardingId.ToString(), CreatedAtUtc = Today.AddDays(-daysAgo).ToDateTime(new TimeOnly(10, 0)),
    }));

    public Task TermsAsync(Party party, string currency, decimal contractValue, decimal depositPercent) => SaveAsync(db => db.BillingTerms.Add(new BillingTerms
    {
        OnboardingId = party.OnboardingId, Currency = currency, ContractValue = contractValue, DepositKind = DepositKind.Percentage,
        DepositValue = depositPercent, UpdatedBy = "finance", ConcurrencyToken = Guid.NewGuid(),
    }));

    public Task<FinanceDashboard> LoadAsync(FinanceFilter? filter = null) => Dashboard.LoadAsync(filter ?? new FinanceFilter(), Finance, Ct);

    private async Task SaveAsync(Action<Onboarding.Domain.Data.OnboardingDbContext> add)
    {
        await using var db = await World.Database.Factory.CreateDbContextAsync(Ct);
        add(db);
        await db.SaveChangesAsync(Ct);
    }

    public ValueTask DisposeAsync() => World.DisposeAsync();
}

/// <summary>A client and its onboarding.</summary>
internal sealed record Party(int ClientId, StartedOnboarding Started)
{
    public Guid OnboardingId => Started.Id;
}
