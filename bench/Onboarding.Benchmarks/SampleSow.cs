using Onboarding.Domain.Scope;
using Onboarding.Web.Documents;
using Onboarding.Web.Documents.Scope;
using Onboarding.Workflows.Mail;
using Onboarding.Workflows.Questionnaires.Sending;
using Onboarding.Workflows.Runtime;
using Onboarding.Workflows.Scope.Sow;

namespace Onboarding.Benchmarks;

/// <summary>
/// A realistic statement of work as the product prints it (<see cref="SowDocument"/>): summary, contacts, goals,
/// deliverables with quantities and hours, milestones, assumptions, exclusions, Phase 2, change process, payment terms
/// and an approved acceptance, for a client with offices in Moscow, Seoul and Shanghai. Three pages.
/// </summary>
public static class SampleSow
{
    public const string Firm = "Northwind Digital";

    private static readonly QuestionnaireMail Dates = new(new WorkflowOptions { TimeZone = "Europe/London" }, new PublicUrls(null));

    public static DocumentSpec Spec(byte[]? logo) => SowDocument.Build(Print(), new FirmBranding(Firm, logo), Dates);

    private static SowPrint Print()
    {
        var sent = new DateTime(2026, 12, 3, 10, 0, 0, DateTimeKind.Utc);
        var approved = new DateTime(2026, 12, 4, 15, 42, 0, DateTimeKind.Utc);
        var sow = new SowVersionView(Guid.NewGuid(), Guid.NewGuid(), 2, SowStatus.Approved, Content, sent, "alex.morgan@northwind.example", sent,
            "alex.morgan@northwind.example", sent, "alex.morgan@northwind.example", "Dana Kim", "dana.kim@kestrel.example", approved, "Dana Kim", null, Guid.NewGuid());
        return new SowPrint(sow, "Kestrel Legal LLP", Firm, "Alex Morgan");
    }

    private static SowContent Content { get; } = new()
    {
        Title = "Statement of work: website relaunch and lead generation",
        Summary = """
            Northwind Digital will redesign and rebuild the Kestrel Legal website, migrate the existing practice-area and lawyer content, and set up the campaigns and reporting that turn visits into consultation requests. The work runs in four stages over sixteen weeks; each stage ends with a review and the client's written sign-off before the next one starts.

            This statement of work is the reference for what is included. Anything not listed here is out of scope and follows the change process below.
            """,
        Currency = "USD", HourlyRate = 150, StartDate = new DateOnly(2027, 1, 7), EndDate = new DateOnly(2027, 4, 30),
        Contacts =
        [
            new SowContact("Dana Kim", "Managing partner, approver", "dana.kim@kestrel.example"),
            new SowContact("Анна Смирнова", "Руководитель отдела маркетинга", "a.smirnova@kestrel.example"),
            new SowContact("김지우", "브랜드 매니저", "jiwoo.kim@kestrel.example"),
            new SowContact("李娜", "运营主管", "na.li@kestrel.example"),
            new SowContact("Alex Morgan", "Account manager, Northwind Digital", "alex.morgan@northwind.example"),
        ],
        Goals =
        [
            "Qualified consultation requests from the website from 40 to 80 a month by 30 June 2027.",
            "Time to publish a lawyer profile or article from 10 business days to 2 by 30 April 2027, without developer help.",
            "Practice-area searches on the first page from 4 to 20, in English, Russian and Korean, by 30 June 2027.",
            "Mobile performance score from 54 to 90 on every template by launch.",
        ],
        Deliverables =
        [
            new SowDeliverable("Discovery workshops", "Stakeholder interviews and workshops with each practice group", 3, "sessions", 18),
            new SowDeliverable("Information architecture", "Sitemap, navigation and content model", 1, "document", 16),
            new SowDeliverable("Page templates", "Home, practice area, lawyer profile, article, office, contact", 6, "templates", 96),
            new SowDeliverable("Design system", "Components with accessibility notes (WCAG 2.2 AA)", 1, "library", 40),
            new SowDeliverable("CMS build", "Roles, editorial workflow and previews", 1, "site", 120),
            new SowDeliverable("Content migration", "Practice areas, profiles and articles", 240, "pages", 60),
            new SowDeliverable("Language versions", "Russian, Korean and Chinese sites from the client's translations", 3, "languages", 45),
            new SowDeliverable("Search campaigns", "Setup and landing pages", 4, "campaigns", 32),
            new SowDeliverable("Analytics and tracking", "Consent, analytics and conversion tracking", 1, "setup", 14),
            new SowDeliverable("Editor training", "Remote sessions with recordings", 2, "sessions", 6),
        ],
        Milestones =
        [
            new SowMilestone("Discovery complete", new DateOnly(2027, 1, 29), "Sitemap approved by Dana Kim"),
            new SowMilestone("Designs approved", new DateOnly(2027, 2, 26), "All templates"),
            new SowMilestone("Content migrated", new DateOnly(2027, 4, 2), "Reviewed by Анна Смирнова"),
            new SowMilestone("Launch", new DateOnly(2027, 4, 30), "Campaigns live"),
        ],
        Assumptions =
        [
            "The client names one approver (Dana Kim) whose written approval closes each milestone within five business days.",
            "The client supplies final texts for new pages and reviews migrated content in the shared tracker.",
            "Translations are provided by the client's translators; Northwind sets up the language versions and checks the layout.",
            "Hosting, domains and e-mail stay with the client's current provider; Northwind gets the access it needs in week one.",
            "Feedback is consolidated: one list of comments per review round, at most two rounds per deliverable.",
        ],
        Exclusions =
        [
            "Copywriting, photography, video and illustration.",
            "Paid media budgets (campaign spend is billed by the ad platforms directly to the client).",
            "Integrations with the practice-management system or the client intranet.",
            "Ongoing maintenance and hosting after launch (offered separately as a support plan).",
            "More than two review rounds per deliverable.",
        ],
        Phase2 =
        [
            new SowPhase2Item("Client portal", "Document exchange for the Shanghai office (李娜)", 24_000),
            new SowPhase2Item("Events and webinars", "Registration with reminders", 9_500),
            new SowPhase2Item("Korean-language campaign", "For the Seoul office (김지우)", 12_000),
        ],
        ChangeProcess = "Any request outside this statement of work is written down as a change request: what is asked, why, and its impact on hours, cost and timeline. Northwind prices it within three business days; the client approves or rejects it from the link in the e-mail. Approved change requests become addenda to this statement of work and are invoiced with the next milestone. Nothing outside the scope is started before it is approved.",
        PaymentTerms = "30% on signature, 30% at design approval, 40% at launch. Invoices are payable within 30 days; expenses at cost with receipts. Approved change requests are invoiced with the next milestone.",
        Acceptance = "By approving, Kestrel Legal LLP agrees to the scope, the exclusions and the change process above. The approval is recorded with the approver's name and time.",
    };
}
