using Onboarding.Web.Documents;

namespace Onboarding.Benchmarks;

/// <summary>
/// A realistic three-page statement of work (the shape issue 8's SOW takes): summary, contacts, goals, deliverables with
/// quantities and hours, milestones, assumptions, exclusions, Phase 2, change process, payment terms and acceptance,
/// for a client with offices in Moscow, Seoul and Shanghai.
/// </summary>
public static class SampleSow
{
    public const string Firm = "Northwind Digital";

    public static DocumentSpec Spec(byte[]? logo) => Document.Create("Statement of work · Kestrel Legal LLP · v2", d => d
        .Header(new FirmBranding(Firm, logo), "Kestrel Legal LLP · Statement of work v2")
        .Footer("Confidential · prepared for Kestrel Legal LLP")
        .Heading(1, "Statement of work")
        .Fields(
            ("Client", "Kestrel Legal LLP"),
            ("Engagement", "Website relaunch and lead generation"),
            ("Version", "v2 · sent 3 December 2026"),
            ("Term", "7 January 2027 – 30 April 2027"),
            ("Account manager", "Alex Morgan · alex.morgan@northwind.example"))
        .Heading(2, "1. Summary")
        .Paragraph("Northwind Digital will redesign and rebuild the Kestrel Legal website, migrate the existing practice-area and lawyer content, and set up the campaigns and reporting that turn visits into consultation requests. The work runs in four stages over sixteen weeks; each stage ends with a review and the client's written sign-off before the next one starts.")
        .Paragraph(p => p.Text("This statement of work is the reference for what is included. ").Bold("Anything not listed here is out of scope").Text(" and follows the change process in section 8."))
        .Heading(2, "2. Contacts")
        .Table(t => t.Column("Name", 2).Column("Role", 2.4f).Column("Office", 1.1f).Column("E-mail", 3f)
            .Row("Dana Kim", "Managing partner, approver", "London", "dana.kim@kestrel.example")
            .Row("Анна Смирнова", "Head of marketing", "Moscow", "a.smirnova@kestrel.example")
            .Row("김지우 (Kim Ji-woo)", "Brand manager", "Seoul", "jiwoo.kim@kestrel.example")
            .Row("李娜 (Li Na)", "Operations lead", "Shanghai", "na.li@kestrel.example")
            .Row("Alex Morgan", "Account manager, Northwind", "London", "alex.morgan@northwind.example"))
        .Heading(2, "3. Goals")
        .Numbered([
            "Double qualified consultation requests from the website, from 40 to 80 a month, by the end of June 2027.",
            "Cut the time to publish a lawyer profile or article from two weeks to two days, without developer help.",
            "Rank on the first page for twenty practice-area searches in English, Russian and Korean.",
            "Reach WCAG 2.2 AA on every template and a mobile performance score of 90 or more.",
        ])
        .Heading(2, "4. Deliverables")
        .Table(t => t.Column("Deliverable", 4).Column("Quantity", 1, CellAlign.Right).Column("Unit", 1.2f).Column("Hours", 1, CellAlign.Right)
            .Row("Discovery workshops and stakeholder interviews", "3", "sessions", "18")
            .Row("Information architecture and sitemap", "1", "document", "16")
            .Row("Page templates (home, practice area, lawyer profile, article, office, contact)", "6", "templates", "96")
            .Row("Design system with components and accessibility notes", "1", "library", "40")
            .Row("CMS build, roles and editorial workflow", "1", "site", "120")
            .Row("Content migration (practice areas, profiles, articles)", "240", "pages", "60")
            .Row("Russian, Korean and Chinese language versions", "3", "languages", "45")
            .Row("Search campaign setup and landing pages", "4", "campaigns", "32")
            .Row("Analytics, consent and conversion tracking", "1", "setup", "14")
            .Row("Training for editors", "2", "sessions", "6")
            .Total("Total", "", "", "447"))
        .Paragraph("At the agreed rate of USD 150 an hour the deliverables come to USD 67,050.00, before expenses.", TextTone.Muted)
        .Heading(2, "5. Timeline and milestones")
        .Table(t => t.Column("Milestone", 3).Column("Due", 1.4f).Column("Sign-off by", 1.6f)
            .Row("Discovery complete, sitemap approved", "29 Jan 2027", "Dana Kim")
            .Row("Designs approved for all templates", "26 Feb 2027", "Dana Kim")
            .Row("Content migrated and reviewed", "2 Apr 2027", "Анна Смирнова")
            .Row("Launch and campaigns live", "30 Apr 2027", "Dana Kim"))
        .Heading(2, "6. Assumptions")
        .Bullets([
            "The client names one approver (Dana Kim) whose written approval closes each milestone within five business days.",
            "The client supplies final texts for new pages and reviews migrated content in the shared tracker.",
            "Translations are provided by the client's translators; Northwind sets up the language versions and checks layout.",
            "Hosting, domains and e-mail stay with the client's current provider; Northwind gets the access it needs in week one.",
            "Feedback is consolidated: one list of comments per review round, at most two rounds per deliverable.",
        ])
        .Heading(2, "7. Exclusions")
        .Paragraph("The following are not included. Each can be added through a change request with its own estimate.")
        .Bullets([
            "Copywriting, photography, video and illustration.",
            "Paid media budgets (campaign spend is billed by the ad platforms directly to the client).",
            "Integrations with the practice-management system or the client intranet.",
            "Ongoing maintenance and hosting after launch (offered separately as a support plan).",
            "More than two review rounds per deliverable.",
        ])
        .Heading(2, "8. Phase 2 candidates")
        .Paragraph("The client showed interest in these during discovery; they are not part of this statement of work and will be scoped after launch:")
        .Bullets([
            "Client portal for document exchange (requested by 李娜 for the Shanghai office).",
            "Event and webinar registration with reminders.",
            "Korean-language campaign for the Seoul office (김지우).",
        ])
        .Heading(2, "9. Change process")
        .Paragraph("Any request outside this statement of work is written down as a change request: what is asked, why, and its impact on hours, cost and timeline. Northwind prices it within three business days; the client approves or rejects it from the link in the e-mail. Approved change requests become addenda to this statement of work and are invoiced with the next milestone. Nothing outside the scope is started before it is approved.")
        .Heading(2, "10. Payment terms")
        .Fields(
            ("Fees", "USD 67,050.00 (447 hours at USD 150.00), plus approved change requests"),
            ("Schedule", "30% on signature, 30% at design approval, 40% at launch"),
            ("Terms", "Invoices are payable within 30 days; expenses at cost with receipts"))
        .Callout("Acceptance", "By signing, both parties agree to the scope, exclusions and change process above. The client may also approve this statement of work online from the signed link; the approval is recorded with the approver's name and time.")
        .Signatures(
            new SignatureLine("For Kestrel Legal LLP — Dana Kim, Managing partner", "Dana Kim", "4 Dec 2026"),
            new SignatureLine("For Northwind Digital — Alex Morgan, Account manager")));
}
