using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Mail;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Workflows.Questionnaires.Sending;

/// <summary>The people an onboarding's questionnaire e-mails name: the client's company and the account manager.</summary>
public sealed record QuestionnaireParties(Guid OnboardingId, int ClientId, string ClientName, EmailAddress AccountManager);

/// <summary>
/// The merge fields of the questionnaire e-mails (welcome, reminder, overdue alert), worked out one way for the sender
/// and the reminder automations: dates in the firm's time zone ("Friday 4 December"), links on the public address.
/// </summary>
public sealed class QuestionnaireMail(WorkflowOptions workflow, PublicUrls links)
{
    private readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(workflow.TimeZone);

    public PublicUrls Links => links;

    public static async Task<QuestionnaireParties> PartiesAsync(OnboardingDbContext db, Guid onboardingId, CancellationToken ct)
    {
        var onboarding = await db.Onboardings.AsNoTracking().Where(o => o.Id == onboardingId)
            .Select(o => new { o.ClientId, ClientName = o.Client!.CompanyName, o.AccountManagerId }).SingleOrDefaultAsync(ct)
            ?? throw new Domain.Common.NotFoundException("The onboarding");
        var manager = await db.Users.AsNoTracking().Where(u => u.Id == onboarding.AccountManagerId)
            .Select(u => new { u.DisplayName, u.Email }).SingleOrDefaultAsync(ct);
        return new QuestionnaireParties(onboardingId, onboarding.ClientId, onboarding.ClientName,
            new EmailAddress(manager?.Email ?? "", manager?.DisplayName ?? "Your account manager"));
    }

    /// <summary>A date as clients read it in e-mails: "Friday 4 December", in the firm's time zone.</summary>
    public string Date(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone).ToString("dddd d MMMM", CultureInfo.InvariantCulture);

    /// <summary>A time of day: "14:05" (the client's page says when it last saved).</summary>
    public string Time(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A moment as the account manager reads it: "Friday 4 December, 14:05".</summary>
    public string Moment(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone).ToString("dddd d MMMM, HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The date in the firm's time zone (what "received on" means to the team).</summary>
    public DateOnly LocalDate(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone));

    /// <summary>The fields of the welcome and reminder e-mails.</summary>
    public Dictionary<string, string> ClientFields(QuestionnaireParties parties, string greetingName, string link, DateTime dueUtc) => new()
    {
        ["ClientFirstName"] = greetingName,
        ["ClientName"] = parties.ClientName,
        ["FirmName"] = workflow.FirmName,
        ["QuestionnaireLink"] = link,
        ["DueDate"] = Date(dueUtc),
        ["AccountManagerName"] = parties.AccountManager.Name,
        ["AccountManagerEmail"] = parties.AccountManager.Address,
    };

    /// <summary>Reply-To for client e-mails: the account manager, when they have an address.</summary>
    public static EmailAddress? ReplyTo(QuestionnaireParties parties) =>
        string.IsNullOrWhiteSpace(parties.AccountManager.Address) ? null : parties.AccountManager;
}
