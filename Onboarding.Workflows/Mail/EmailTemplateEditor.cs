using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Mail;

namespace Onboarding.Workflows.Mail;

/// <summary>A template as the editor shows it: the firm's edited text, else the default. <see cref="Token"/> is null while it is the default.</summary>
public sealed record EmailTemplateState(EmailTemplateDefault Default, string Subject, string Body, bool IsEdited, DateTime? UpdatedAtUtc, string? UpdatedBy, Guid? Token);

/// <summary>
/// Ops leads edit the e-mails the app sends. The rules are here, testable without the page: only the template's own merge
/// fields, its link field (the one call to action) kept, sizes the database holds. Saves and resets are audited and refused
/// as a conflict when someone else changed the template since it was loaded.
/// </summary>
public sealed class EmailTemplateEditor(IDbContextFactory<OnboardingDbContext> databases, TimeProvider clock)
{
    public const string AuditSubject = "EmailTemplate";
    public const int MaxSubjectLength = 300;
    public const int MaxBodyLength = 20000;

    /// <summary>The merge field that carries the call to action (<c>QuestionnaireLink</c>, <c>OnboardingLink</c>), which a template must keep.</summary>
    public static string? LinkField(EmailTemplateDefault template) => template.Fields.FirstOrDefault(f => f.EndsWith("Link", StringComparison.Ordinal));

    /// <summary>Why a subject and body cannot be saved for <paramref name="template"/>; empty when they can.</summary>
    public static IReadOnlyList<string> Problems(EmailTemplateDefault template, string? subject, string? body)
    {
        var problems = new List<string>();
        subject ??= "";
        body ??= "";
        if (string.IsNullOrWhiteSpace(subject)) problems.Add("The subject is required.");
        else if (subject.Length > MaxSubjectLength) problems.Add($"The subject is {subject.Length} characters long; keep it under {MaxSubjectLength}.");
        if (subject.Contains('\n') || subject.Contains('\r')) problems.Add("The subject must be one line.");
        if (string.IsNullOrWhiteSpace(body)) problems.Add("The body is required.");
        else if (body.Length > MaxBodyLength) problems.Add($"The body is {body.Length:N0} characters long; keep it under {MaxBodyLength:N0}.");

        var unknown = MailMerge.FieldsIn(subject).Concat(MailMerge.FieldsIn(body)).Distinct(StringComparer.Ordinal)
            .Where(f => !template.Fields.Contains(f, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            var names = string.Join(", ", unknown.Select(f => "{{" + f + "}}"));
            problems.Add($"{(unknown.Count == 1 ? "Unknown merge field" : "Unknown merge fields")} {names}. This e-mail can use: {string.Join(", ", template.Fields.Select(f => "{{" + f + "}}"))}.");
        }
        if (HasBrokenField(subject) || HasBrokenField(body))
        {
            problems.Add("There is a '{{' or '}}' that is not a complete merge field. Write fields as {{FieldName}}, without spaces inside the name.");
        }
        if (LinkField(template) is { } link && !MailMerge.FieldsIn(body).Contains(link))
        {
            problems.Add($"The body must keep {{{{{link}}}}}: it is the link the recipient needs (the e-mail's one call to action).");
        }
        return problems;
    }

    private static bool HasBrokenField(string text)
    {
        var rest = System.Text.RegularExpressions.Regex.Replace(text, @"\{\{\s*[A-Za-z][A-Za-z0-9]*\s*\}\}", "");
        return rest.Contains("{{", StringComparison.Ordinal) || rest.Contains("}}", StringComparison.Ordinal);
    }

    /// <summary>Example values for every field, for the live preview.</summary>
    public static IReadOnlyDictionary<string, string> SampleFields(string firmName) => new Dictionary<string, string>
    {
        ["ClientFirstName"] = "Ji-woo",
        ["ClientName"] = "Haneul Tea House",
        ["FirmName"] = firmName,
        ["QuestionnaireLink"] = "https://onboarding.example/q/sample-link",
        ["OnboardingLink"] = "https://onboarding.example/onboardings/sample",
        ["DueDate"] = "Tuesday 8 December 2026",
        ["AccountManagerName"] = "Alex Morgan",
        ["AccountManagerEmail"] = "alex.morgan@northwind.example",
        ["AnsweredPercent"] = "45%",
        ["LastClientActivity"] = "2 days ago",
        ["ScopeLink"] = "https://onboarding.example/s/sample-link",
        ["SowVersion"] = "v2",
        ["ChangeRequestLink"] = "https://onboarding.example/cr/sample-link",
        ["ChangeRequestReference"] = "CR-003",
        ["ChangeRequestTitle"] = "Two extra landing pages for the spring campaign",
        ["ImpactSummary"] = "+16 hours, +USD 2,400.00, 3 business days later",
        ["Subject"] = "statement of work v2",
        ["Decision"] = "approved",
        ["DecidedBy"] = "Kim Ji-woo",
        ["Note"] = "\"Looks good, thank you.\"",
    };

    /// <summary>The e-mail as the recipient would see it with the <see cref="SampleFields"/>.</summary>
    public static ComposedEmail Preview(EmailTemplateDefault template, string subject, string body, string firmName) =>
        EmailComposer.Render(template, subject, body, SampleFields(firmName));

    public async Task<IReadOnlyList<EmailTemplateState>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var edited = await db.EmailTemplates.AsNoTracking().ToDictionaryAsync(t => t.Key, ct);
        return DefaultEmailTemplates.All.Select(d => State(d, edited.GetValueOrDefault(d.Key))).ToList();
    }

    public async Task<EmailTemplateState> LoadAsync(string key, CancellationToken ct = default)
    {
        var template = DefaultEmailTemplates.Get(key);
        await using var db = await databases.CreateDbContextAsync(ct);
        return State(template, await db.EmailTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Key == key, ct));
    }

    /// <summary>Saves the firm's text; <paramref name="expectedToken"/> is the state's token as loaded (null when it was the default).</summary>
    public async Task<EmailTemplateState> SaveAsync(string key, string subject, string body, Guid? expectedToken, string by, CancellationToken ct = default)
    {
        var template = DefaultEmailTemplates.Get(key);
        subject = (subject ?? "").Trim();
        body = (body ?? "").Replace("\r\n", "\n").Trim();
        if (Problems(template, subject, body) is { Count: > 0 } problems) throw new DomainException(string.Join(" ", problems));

        await using var db = await databases.CreateDbContextAsync(ct);
        var row = await db.EmailTemplates.SingleOrDefaultAsync(t => t.Key == key, ct);
        if (row?.ConcurrencyToken != expectedToken) throw new ConcurrencyConflictException($"The e-mail '{template.Name}'");
        var now = clock.GetUtcNow().UtcDateTime;
        var before = row is null ? (template.Subject, template.Body) : (row.Subject, row.Body);
        if (row is null)
        {
            row = new EmailTemplate { Key = key };
            db.EmailTemplates.Add(row);
        }
        row.Subject = subject;
        row.Body = body;
        row.UpdatedAtUtc = now;
        row.UpdatedBy = by;
        row.ConcurrencyToken = Guid.NewGuid();
        db.AuditEntries.Add(Audit(key, by, now, "E-mail template saved", Changes(template, before, (subject, body))));
        await SaveAsync(db, template, ct);
        return State(template, row);
    }

    /// <summary>Goes back to the built-in text (the firm's edit is deleted).</summary>
    public async Task<EmailTemplateState> ResetAsync(string key, Guid? expectedToken, string by, CancellationToken ct = default)
    {
        var template = DefaultEmailTemplates.Get(key);
        await using var db = await databases.CreateDbContextAsync(ct);
        var row = await db.EmailTemplates.SingleOrDefaultAsync(t => t.Key == key, ct);
        if (row?.ConcurrencyToken != expectedToken) throw new ConcurrencyConflictException($"The e-mail '{template.Name}'");
        if (row is null) return State(template, null);
        db.EmailTemplates.Remove(row);
        db.AuditEntries.Add(Audit(key, by, clock.GetUtcNow().UtcDateTime, "E-mail template reset to default", $"{template.Name}: the firm's text was replaced by the built-in one."));
        await SaveAsync(db, template, ct);
        return State(template, null);
    }

    private static async Task SaveAsync(OnboardingDbContext db, EmailTemplateDefault template, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A concurrent save of the same template (the token check, or two first edits inserting one key).
            throw new ConcurrencyConflictException($"The e-mail '{template.Name}'");
        }
    }

    private static string Changes(EmailTemplateDefault template, (string Subject, string Body) before, (string Subject, string Body) after)
    {
        var lines = new List<string> { template.Name };
        if (before.Subject != after.Subject) lines.Add($"Subject: {before.Subject} → {after.Subject}");
        if (before.Body != after.Body) lines.Add($"Body changed ({before.Body.Length:N0} → {after.Body.Length:N0} characters).");
        if (lines.Count == 1) lines.Add("Saved without changes.");
        return string.Join("\n", lines);
    }

    private static AuditEntry Audit(string key, string by, DateTime now, string action, string details) => new()
    {
        AtUtc = now, Actor = by, SubjectType = AuditSubject, SubjectId = key, Action = action, Details = details,
    };

    private static EmailTemplateState State(EmailTemplateDefault template, EmailTemplate? row) => row is null
        ? new(template, template.Subject, template.Body, false, null, null, null)
        : new(template, row.Subject, row.Body, true, row.UpdatedAtUtc, row.UpdatedBy, row.ConcurrencyToken);

}
