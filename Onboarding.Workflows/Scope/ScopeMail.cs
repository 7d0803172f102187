using System.Globalization;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Scope;
using Onboarding.Workflows.Mail;
using Onboarding.Workflows.Questionnaires.Sending;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Workflows.Scope;

/// <summary>
/// The scope guard's e-mails, queued in the caller's unit of work (sent only if what caused them is saved): the statement
/// of work and change requests to the client with their signed links, and the client's answers to the account manager.
/// </summary>
public sealed class ScopeMail(EmailComposer composer, QuestionnaireMail dates, WorkflowOptions workflow)
{
    public PublicUrls Links => dates.Links;

    /// <summary>Dates, times and moments in the firm's time zone, as the other e-mails and pages write them.</summary>
    public QuestionnaireMail Dates => dates;

    /// <summary>E-mails the client a statement of work version to approve, with its scope link.</summary>
    public async Task QueueSowForApprovalAsync(OnboardingDbContext db, StatementOfWork sow, ClientRecipient to, string greeting, string token, string by, CancellationToken ct)
    {
        var parties = await QuestionnaireMail.PartiesAsync(db, sow.OnboardingId, ct);
        await composer.QueueAsync(db, DefaultEmailTemplates.SowApprovalRequest, new EmailAddress(to.Email, to.Name), SowFields(parties, sow, greeting, token), sow.OnboardingId, by,
            QuestionnaireMail.ReplyTo(parties), ct);
    }

    /// <summary>The statement of work e-mail as it will go out (the account manager reads it before sending).</summary>
    public async Task<ComposedEmail> PreviewSowForApprovalAsync(OnboardingDbContext db, StatementOfWork sow, string greeting, string token, CancellationToken ct)
    {
        var parties = await QuestionnaireMail.PartiesAsync(db, sow.OnboardingId, ct);
        return await composer.RenderAsync(db, DefaultEmailTemplates.SowApprovalRequest, SowFields(parties, sow, greeting, token), ct);
    }

    private Dictionary<string, string> SowFields(QuestionnaireParties parties, StatementOfWork sow, string greeting, string token) => new()
    {
        ["ClientFirstName"] = greeting,
        ["ClientName"] = parties.ClientName,
        ["FirmName"] = workflow.FirmName,
        ["ScopeLink"] = Links.ScopeUrl(token),
        ["SowVersion"] = sow.Label,
        ["AccountManagerName"] = parties.AccountManager.Name,
        ["AccountManagerEmail"] = parties.AccountManager.Address,
    };

    /// <summary>E-mails the client a change request to approve or reject, with its link.</summary>
    public async Task QueueChangeRequestForApprovalAsync(OnboardingDbContext db, ChangeRequest change, ClientRecipient to, string greeting, string token, string by, CancellationToken ct)
    {
        var parties = await QuestionnaireMail.PartiesAsync(db, change.OnboardingId, ct);
        await composer.QueueAsync(db, DefaultEmailTemplates.ChangeRequestApprovalRequest, new EmailAddress(to.Email, to.Name), ChangeRequestFields(parties, change, greeting, token),
            change.OnboardingId, by, QuestionnaireMail.ReplyTo(parties), ct);
    }

    /// <summary>The change request e-mail as it will go out (the account manager reads it before sending).</summary>
    public async Task<ComposedEmail> PreviewChangeRequestForApprovalAsync(OnboardingDbContext db, ChangeRequest change, string greeting, string token, CancellationToken ct)
    {
        var parties = await QuestionnaireMail.PartiesAsync(db, change.OnboardingId, ct);
        return await composer.RenderAsync(db, DefaultEmailTemplates.ChangeRequestApprovalRequest, ChangeRequestFields(parties, change, greeting, token), ct);
    }

    private Dictionary<string, string> ChangeRequestFields(QuestionnaireParties parties, ChangeRequest change, string greeting, string token) => new()
    {
        ["ClientFirstName"] = greeting,
        ["ClientName"] = parties.ClientName,
        ["FirmName"] = workflow.FirmName,
        ["ChangeRequestLink"] = Links.ChangeRequestUrl(token),
        ["ChangeRequestReference"] = change.Reference,
        ["ChangeRequestTitle"] = change.Title,
        ["ImpactSummary"] = ImpactSummary(change),
        ["AccountManagerName"] = parties.AccountManager.Name,
        ["AccountManagerEmail"] = parties.AccountManager.Address,
    };

    /// <summary>
    /// Tells the account manager what the client did from a link: <paramref name="subject"/> "statement of work v2" or
    /// "change request CR-003", <paramref name="decision"/> "approved", "was sent back with changes requested"...
    /// Nothing is queued when the account manager has no e-mail address.
    /// </summary>
    public async Task QueueClientResponseAsync(OnboardingDbContext db, Guid onboardingId, string subject, string decision, string decidedBy, string? note, string by, CancellationToken ct)
    {
        var parties = await QuestionnaireMail.PartiesAsync(db, onboardingId, ct);
        if (string.IsNullOrWhiteSpace(parties.AccountManager.Address)) return;
        var fields = new Dictionary<string, string>
        {
            ["ClientName"] = parties.ClientName,
            ["AccountManagerName"] = parties.AccountManager.Name,
            ["OnboardingLink"] = Links.OnboardingUrl(onboardingId),
            ["Subject"] = subject,
            ["Decision"] = decision,
            ["DecidedBy"] = decidedBy,
            ["Note"] = string.IsNullOrWhiteSpace(note) ? "" : $"Their note: \"{note.Trim()}\"",
        };
        await composer.QueueAsync(db, DefaultEmailTemplates.ClientScopeResponse, parties.AccountManager, fields, onboardingId, by, null, ct);
    }

    /// <summary>"+16 hours, +USD 2,400.00, 3 business days later" (or "no change to hours, cost or timeline").</summary>
    public static string ImpactSummary(ChangeRequest change)
    {
        var parts = new List<string>();
        if (change.ImpactHours != 0) parts.Add($"{Signed(change.ImpactHours)} hours");
        if (change.ImpactCost != 0) parts.Add($"{(change.ImpactCost > 0 ? "+" : "-")}{Money.Format(Math.Abs(change.ImpactCost), change.Currency)}");
        if (change.ImpactDays != 0) parts.Add(change.ImpactDays > 0 ? $"{change.ImpactDays} business {(change.ImpactDays == 1 ? "day" : "days")} later" : $"{-change.ImpactDays} business {(change.ImpactDays == -1 ? "day" : "days")} sooner");
        return parts.Count == 0 ? "no change to hours, cost or timeline" : string.Join(", ", parts);
    }

    private static string Signed(decimal value) => (value > 0 ? "+" : "") + value.ToString("0.##", CultureInfo.InvariantCulture);
}
