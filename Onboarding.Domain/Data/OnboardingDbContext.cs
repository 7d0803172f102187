using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Billing;
using Onboarding.Domain.ClientLinks;
using Onboarding.Domain.Clients;
using Onboarding.Domain.Mail;
using Onboarding.Domain.Onboardings;
using Onboarding.Domain.People;
using Onboarding.Domain.Playbooks;
using Onboarding.Domain.Questionnaires;
using Onboarding.Domain.Scope;

namespace Onboarding.Domain.Data;

/// <summary>
/// The one database of the product. Each provider has a subclass that owns its migrations
/// (<see cref="SqliteOnboardingDbContext"/>, <see cref="SqlServerOnboardingDbContext"/>);
/// code depends on this base type only, obtained from <c>IDbContextFactory&lt;OnboardingDbContext&gt;</c>.
/// </summary>
public abstract class OnboardingDbContext(DbContextOptions options) : IdentityDbContext<AppUser, IdentityRole, string>(options)
{
    public DbSet<Client> Clients => Set<Client>();
    public DbSet<ClientContact> ClientContacts => Set<ClientContact>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Playbook> Playbooks => Set<Playbook>();
    public DbSet<PlaybookVersion> PlaybookVersions => Set<PlaybookVersion>();
    public DbSet<WorkflowInstance> WorkflowInstances => Set<WorkflowInstance>();
    public DbSet<WorkItem> WorkItems => Set<WorkItem>();
    public DbSet<WorkflowTimer> WorkflowTimers => Set<WorkflowTimer>();
    public DbSet<MessageSubscription> MessageSubscriptions => Set<MessageSubscription>();
    public DbSet<AutomationJob> AutomationJobs => Set<AutomationJob>();
    public DbSet<WorkflowIncident> WorkflowIncidents => Set<WorkflowIncident>();
    public DbSet<JournalEntry> JournalEntries => Set<JournalEntry>();
    public DbSet<BufferedMessage> BufferedMessages => Set<BufferedMessage>();
    public DbSet<ClientOnboarding> Onboardings => Set<ClientOnboarding>();
    public DbSet<OnboardingTeamMember> OnboardingTeamMembers => Set<OnboardingTeamMember>();
    public DbSet<SuccessGoal> SuccessGoals => Set<SuccessGoal>();
    public DbSet<CommunicationPlan> CommunicationPlans => Set<CommunicationPlan>();
    public DbSet<ReportingPlan> ReportingPlans => Set<ReportingPlan>();
    public DbSet<BrandGuidelines> BrandGuidelines => Set<BrandGuidelines>();
    public DbSet<PlatformAccess> PlatformAccess => Set<PlatformAccess>();
    public DbSet<KickoffMeeting> KickoffMeetings => Set<KickoffMeeting>();
    public DbSet<WorkItemComment> WorkItemComments => Set<WorkItemComment>();
    public DbSet<QuestionnaireTemplate> QuestionnaireTemplates => Set<QuestionnaireTemplate>();
    public DbSet<Questionnaire> Questionnaires => Set<Questionnaire>();
    public DbSet<QuestionnaireAnswer> QuestionnaireAnswers => Set<QuestionnaireAnswer>();
    public DbSet<QuestionnaireFile> QuestionnaireFiles => Set<QuestionnaireFile>();
    public DbSet<ClientLink> ClientLinks => Set<ClientLink>();
    public DbSet<AppSecret> AppSecrets => Set<AppSecret>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<EmailTemplate> EmailTemplates => Set<EmailTemplate>();
    public DbSet<StatementOfWork> StatementsOfWork => Set<StatementOfWork>();
    public DbSet<ChangeRequest> ChangeRequests => Set<ChangeRequest>();
    public DbSet<ScopeCheckIn> ScopeCheckIns => Set<ScopeCheckIn>();
    public DbSet<BillableItem> BillableItems => Set<BillableItem>();
    public DbSet<BillingTerms> BillingTerms => Set<BillingTerms>();
    public DbSet<Invoice> Invoices => Set<Invoice>();
    public DbSet<InvoiceLine> InvoiceLines => Set<InvoiceLine>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<PaymentAllocation> PaymentAllocations => Set<PaymentAllocation>();
    public DbSet<InvoiceCounter> InvoiceCounters => Set<InvoiceCounter>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(OnboardingDbContext).Assembly);
    }
}

/// <summary>The SQLite flavour; its migrations live in Data/Migrations/Sqlite.</summary>
public sealed class SqliteOnboardingDbContext(DbContextOptions<SqliteOnboardingDbContext> options) : OnboardingDbContext(options);

/// <summary>The SQL Server flavour; its migrations live in Data/Migrations/SqlServer.</summary>
public sealed class SqlServerOnboardingDbContext(DbContextOptions<SqlServerOnboardingDbContext> options) : OnboardingDbContext(options);
