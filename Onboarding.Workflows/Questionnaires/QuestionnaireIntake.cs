using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Clients;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Onboardings;
using Onboarding.Domain.People;
using Onboarding.Domain.Questionnaires;
using Onboarding.Workflows.Questionnaires.Sending;

namespace Onboarding.Workflows.Questionnaires;

/// <summary>
/// Fills the onboarding from a submitted questionnaire's answers, in one transaction: contacts join the client's contacts
/// (no duplicate e-mails), platforms seed the access tracker (a requested row per platform for each team member who does
/// the work), brand files record the brand guidelines. Goals are not saved as success goals (those must be measurable):
/// the Readiness tab shows them as starting points. Running it again adds nothing twice.
/// </summary>
public sealed class QuestionnaireIntake(IDbContextFactory<OnboardingDbContext> databases, QuestionnaireMail mail, TimeProvider clock)
{
    public const string RequestedBy = "Questionnaire";

    /// <summary>Applies the answers; returns what was filled (empty when there was nothing new).</summary>
    public async Task<IReadOnlyList<string>> ApplyAsync(Guid questionnaireId, string by, CancellationToken ct = default)
    {
        return await databases.InTransactionAsync(async db =>
        {
            var questionnaire = await db.Questionnaires.AsNoTracking().Include(q => q.Template).SingleOrDefaultAsync(q => q.Id == questionnaireId, ct)
                ?? throw new NotFoundException("The questionnaire");
            if (!questionnaire.IsSubmitted) throw new DomainException("The questionnaire is not submitted yet; its answers fill the onboarding once the client submits.");
            var definition = questionnaire.Template?.Definition ?? QuestionnaireDefinition.Empty;
            var answers = await StoredAnswers.AnswersAsync(db, questionnaireId, ct);
            var onboarding = await db.Onboardings.AsNoTracking().Include(o => o.Team).SingleAsync(o => o.Id == questionnaire.OnboardingId, ct);
            var now = clock.GetUtcNow().UtcDateTime;

            var filled = new List<string>();
            var contacts = definition.Questions.Where(q => q.Fills == QuestionFills.Contacts)
                .SelectMany(q => AnswerValues.Contacts(answers.GetValueOrDefault(q.Key))).ToList();
            if (await AddContactsAsync(db, onboarding.ClientId, contacts, ct) is { Count: > 0 } added) filled.Add($"contacts {string.Join(", ", added)}");

            var platforms = definition.Questions.Where(q => q.Fills == QuestionFills.Platforms)
                .SelectMany(q => q.Type == QuestionType.MultipleChoice ? AnswerValues.Choices(answers.GetValueOrDefault(q.Key)) : Split(AnswerValues.Text(answers.GetValueOrDefault(q.Key))))
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (await SeedAccessAsync(db, onboarding, platforms, now, ct) is > 0 and var rows) filled.Add($"{rows} access request(s) for {string.Join(", ", platforms)}");

            var brandKeys = definition.Questions.Where(q => q.Fills == QuestionFills.BrandFiles).Select(q => q.Key).ToList();
            var brandFiles = await db.QuestionnaireFiles.AsNoTracking().Where(f => f.QuestionnaireId == questionnaireId && brandKeys.Contains(f.QuestionKey))
                .OrderBy(f => f.UploadedAtUtc).Select(f => f.FileName).ToListAsync(ct);
            if (brandFiles.Count > 0 && !await db.BrandGuidelines.AnyAsync(g => g.OnboardingId == onboarding.Id, ct))
            {
                var location = $"Questionnaire upload: {string.Join(", ", brandFiles)}";
                db.BrandGuidelines.Add(new BrandGuidelines
                {
                    OnboardingId = onboarding.Id, ReceivedOn = mail.LocalDate(questionnaire.SubmittedAtUtc!.Value),
                    Location = location.Length <= 500 ? location : location[..497] + "...", UpdatedAtUtc = now, UpdatedBy = by,
                });
                filled.Add("brand guidelines");
            }

            if (filled.Count > 0)
            {
                db.AuditEntries.Add(AuditEntry.OfOnboarding(onboarding.Id, by, now, "Questionnaire answers applied",
                    $"From the client's questionnaire: {string.Join("; ", filled)}."));
            }
            await db.SaveChangesAsync(ct);
            return filled;
        }, ct);
    }

    /// <summary>
    /// The goals the client wrote in their submitted questionnaire, one a line (bullets trimmed): starting points for
    /// measurable goals, never goals themselves. Empty until submitted.
    /// </summary>
    public async Task<IReadOnlyList<string>> StatedGoalsAsync(Guid onboardingId, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var questionnaire = await db.Questionnaires.AsNoTracking().Include(q => q.Template)
            .SingleOrDefaultAsync(q => q.OnboardingId == onboardingId && q.SubmittedAtUtc != null, ct);
        if (questionnaire is null) return [];
        var keys = (questionnaire.Template?.Definition ?? QuestionnaireDefinition.Empty).Questions.Where(q => q.Fills == QuestionFills.Goals).Select(q => q.Key).ToList();
        var answers = await db.QuestionnaireAnswers.AsNoTracking().Where(a => a.QuestionnaireId == questionnaire.Id && keys.Contains(a.QuestionKey))
            .Select(a => a.ValueJson).ToListAsync(ct);
        return answers.SelectMany(a => AnswerValues.Text(AnswerValues.Parse(a)).Split('\n'))
            .Select(l => l.Trim().TrimStart('-', '*', '•', ' ').Trim()).Where(l => l.Length > 0).ToList();
    }

    /// <summary>Adds the contacts whose e-mail the client does not have yet, after the existing ones; returns their names.</summary>
    private static async Task<List<string>> AddContactsAsync(OnboardingDbContext db, int clientId, IEnumerable<ContactAnswer> answered, CancellationToken ct)
    {
        var existing = await db.ClientContacts.Where(c => c.ClientId == clientId).Select(c => new { c.Email, c.Position }).ToListAsync(ct);
        var emails = existing.Select(c => c.Email.Trim().ToLowerInvariant()).ToHashSet();
        var position = existing.Count == 0 ? 0 : existing.Max(c => c.Position) + 1;
        var added = new List<string>();
        foreach (var contact in answered.Where(c => c.Name.Length > 0 && c.Email.Length > 0))
        {
            if (!emails.Add(contact.Email.Trim().ToLowerInvariant())) continue;
            db.ClientContacts.Add(new ClientContact
            {
                ClientId = clientId, Name = Clip(contact.Name, 150), Email = Clip(contact.Email.Trim(), 254), Phone = contact.Phone is null ? null : Clip(contact.Phone, 40),
                Role = RoleOf(contact.Role), JobTitle = contact.Role.Length > 0 ? Clip(contact.Role, 100) : null, Position = position++,
            });
            added.Add(contact.Name);
        }
        return added;
    }

    /// <summary>A requested access row per platform for the account manager and every team member but finance; skips rows already tracked.</summary>
    private static async Task<int> SeedAccessAsync(OnboardingDbContext db, ClientOnboarding onboarding, IReadOnlyList<string> platforms, DateTime now, CancellationToken ct)
    {
        if (platforms.Count == 0) return 0;
        var people = new[] { onboarding.AccountManagerId }
            .Concat(onboarding.Team.Where(t => t.Role != Roles.Finance).Select(t => t.UserId)).Distinct().ToList();
        var tracked = (await db.PlatformAccess.Where(a => a.OnboardingId == onboarding.Id).Select(a => new { a.Platform, a.TeamMemberId }).ToListAsync(ct))
            .Select(a => (a.Platform.ToLowerInvariant(), a.TeamMemberId)).ToHashSet();
        var rows = 0;
        foreach (var platform in platforms.Select(p => Clip(p.Trim(), 100)))
        {
            foreach (var person in people.Where(p => tracked.Add((platform.ToLowerInvariant(), p))))
            {
                db.PlatformAccess.Add(new PlatformAccess
                {
                    Id = Guid.NewGuid(), OnboardingId = onboarding.Id, Kind = KindOf(platform), Platform = platform, TeamMemberId = person,
                    Status = AccessStatus.Requested, RequestedAtUtc = now, RequestedBy = RequestedBy, ConcurrencyToken = Guid.NewGuid(),
                });
                rows++;
            }
        }
        return rows;
    }

    /// <summary>The contact role a free-text role obviously means; <see cref="ContactRole.Other"/> otherwise.</summary>
    public static ContactRole RoleOf(string role)
    {
        var text = role.ToLowerInvariant();
        if (text.Contains("marketing")) return ContactRole.MarketingManager;
        if (text.Contains("design")) return ContactRole.Designer;
        if (text.Contains("develop")) return ContactRole.Developer;
        if (text.Contains("billing") || text.Contains("finance")) return ContactRole.BillingContact;
        if (text.Contains("project")) return ContactRole.ProjectManager;
        return ContactRole.Other;
    }

    /// <summary>The kind of platform an option names ("Google Analytics" is analytics, "Meta Ads" an ad account...).</summary>
    public static PlatformKind KindOf(string platform)
    {
        var text = platform.ToLowerInvariant();
        if (text.Contains("search console")) return PlatformKind.SearchConsole;
        if (text.Contains("analytics")) return PlatformKind.Analytics;
        if (text.Contains("ads")) return PlatformKind.AdAccounts;
        if (text.Contains("cms")) return PlatformKind.Cms;
        if (text.Contains("website")) return PlatformKind.Website;
        if (text.Contains("social")) return PlatformKind.Social;
        if (text.Contains("crm")) return PlatformKind.Crm;
        if (text.Contains("e-mail") || text.Contains("email") || text.Contains("newsletter")) return PlatformKind.EmailMarketing;
        return PlatformKind.Other;
    }

    private static IEnumerable<string> Split(string text) =>
        text.Split([',', '\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}
