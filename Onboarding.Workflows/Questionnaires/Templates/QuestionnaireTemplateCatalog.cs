using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Questionnaires;

namespace Onboarding.Workflows.Questionnaires.Templates;

/// <summary>
/// Questionnaire templates and their versions. A draft changes freely (within the rules that keep it storable);
/// publishing checks every rule and freezes it; the next change starts a draft of the next version from the latest
/// published one. Questionnaires keep the version they were sent with. Every change is audited under the template's key.
/// </summary>
public sealed class QuestionnaireTemplateCatalog(IDbContextFactory<OnboardingDbContext> databases, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The latest published version of a template, in the caller's unit of work (what a questionnaire is sent with).</summary>
    public static Task<QuestionnaireTemplate?> LatestPublishedAsync(OnboardingDbContext db, string key, CancellationToken ct = default) =>
        db.QuestionnaireTemplates.Where(t => t.Key == key && t.Status == TemplateStatus.Published)
            .OrderByDescending(t => t.Version).FirstOrDefaultAsync(ct);

    public static async Task<QuestionnaireTemplate?> LatestPublishedAsync(IDbContextFactory<OnboardingDbContext> databases, string key, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        return await db.QuestionnaireTemplates.AsNoTracking().Where(t => t.Key == key && t.Status == TemplateStatus.Published)
            .OrderByDescending(t => t.Version).FirstOrDefaultAsync(ct);
    }

    public async Task<IReadOnlyList<TemplateSummary>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var sent = await SentCountsAsync(db, null, ct);
        var rows = await db.QuestionnaireTemplates.AsNoTracking().ToListAsync(ct);
        return rows.GroupBy(t => t.Key).Select(g =>
        {
            var versions = g.OrderByDescending(t => t.Version).Select(t => Summary(t, sent)).ToList();
            var published = versions.FirstOrDefault(v => v.Status == TemplateStatus.Published);
            var draft = versions.FirstOrDefault(v => v.Status == TemplateStatus.Draft);
            return new TemplateSummary(g.Key, (published ?? versions[0]).Name, published, draft, versions);
        }).OrderBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    public async Task<TemplateVersionDetail> GetAsync(Guid templateId, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var template = await db.QuestionnaireTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == templateId, ct)
                       ?? throw new NotFoundException("The questionnaire template version");
        var siblings = await db.QuestionnaireTemplates.AsNoTracking().Where(t => t.Key == template.Key).ToListAsync(ct);
        var previous = siblings.Where(t => t.Status == TemplateStatus.Published && t.Version < template.Version).MaxBy(t => t.Version);
        var latest = siblings.Where(t => t.Status == TemplateStatus.Published).MaxBy(t => t.Version);
        var sent = await SentCountsAsync(db, template.Key, ct);
        var draft = siblings.FirstOrDefault(t => t.Status == TemplateStatus.Draft && t.Id != template.Id);
        return new TemplateVersionDetail(template, previous?.Definition, previous?.Version, sent.GetValueOrDefault(template.Id),
            draft is null ? null : Summary(draft, sent), latest?.Version);
    }

    /// <summary>A new template: version 1 as a draft with one starter question. Returns the draft's id.</summary>
    public async Task<Guid> CreateAsync(string key, string name, string by, CancellationToken ct = default)
    {
        key = key.Trim();
        name = name.Trim();
        if (!QuestionnaireRules.IsValidKey(key)) throw new DomainException($"'{key}' is not a valid key: use lower-case letters, digits and single dashes between them, like client-onboarding.");
        if (name.Length == 0) throw new DomainException("Give the template a name.");
        if (name.Length > QuestionnaireRules.MaxNameLength) throw new DomainException($"Shorten the name to {QuestionnaireRules.MaxNameLength} characters or fewer.");
        await using var db = await databases.CreateDbContextAsync(ct);
        if (await db.QuestionnaireTemplates.AnyAsync(t => t.Key == key, ct)) throw new DomainException($"A questionnaire template with the key '{key}' already exists. Choose another key, or open that template.");
        var now = Now;
        var draft = NewVersion(key, 1, name, StarterDefinition, by, now);
        db.QuestionnaireTemplates.Add(draft);
        Audit(db, key, by, now, "Created", $"{name}: version 1 (draft).");
        await SaveAsync(db, draft, ct);
        return draft.Id;
    }

    /// <summary>Version N+1 as a draft, copied from the latest published version. One draft per template at a time.</summary>
    public async Task<Guid> StartDraftAsync(string key, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var versions = await db.QuestionnaireTemplates.AsNoTracking().Where(t => t.Key == key).ToListAsync(ct);
        if (versions.Count == 0) throw new NotFoundException("The questionnaire template");
        if (versions.FirstOrDefault(t => t.Status == TemplateStatus.Draft) is { } open)
        {
            throw new DomainException($"Version {open.Version} of \"{open.Name}\" is already a draft (last saved by {open.UpdatedBy}). Open it, or publish or discard it first.");
        }
        var source = versions.Where(t => t.Status == TemplateStatus.Published).MaxBy(t => t.Version)
                     ?? throw new DomainException("This template has no published version to start a draft from.");
        var now = Now;
        var draft = NewVersion(key, versions.Max(t => t.Version) + 1, source.Name, source.Definition, by, now);
        db.QuestionnaireTemplates.Add(draft);
        Audit(db, key, by, now, "Draft started", $"{source.Name}: version {draft.Version} from version {source.Version}.");
        await SaveAsync(db, draft, ct);
        return draft.Id;
    }

    /// <summary>Saves a draft's name and definition; returns the new concurrency token. Refuses what would store something unusable.</summary>
    public async Task<Guid> SaveDraftAsync(Guid templateId, string name, QuestionnaireDefinition definition, Guid concurrencyToken, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var draft = await LoadDraftAsync(db, templateId, ct);
        if (draft.ConcurrencyToken != concurrencyToken) throw Conflict(draft);
        var previous = await PreviousPublishedAsync(db, draft, ct);
        var blocking = QuestionnaireRules.Check(name, definition, previous?.Definition).Where(f => f.StopsSave).ToList();
        if (blocking.Count > 0) throw new TemplateRefusedException("saved", blocking);
        var before = draft.Definition;
        draft.Name = name.Trim();
        draft.Definition = Normalized(definition);
        draft.UpdatedAtUtc = Now;
        draft.UpdatedBy = by;
        draft.ConcurrencyToken = Guid.NewGuid();
        Audit(db, draft.Key, by, draft.UpdatedAtUtc, "Draft saved", $"{draft.Name}: version {draft.Version}, {Describe(before)} → {Describe(draft.Definition)}.");
        await SaveAsync(db, draft, ct);
        return draft.ConcurrencyToken;
    }

    /// <summary>Checks every rule and publishes the draft; questionnaires already sent keep the version they were sent with.</summary>
    public async Task PublishAsync(Guid templateId, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var draft = await LoadDraftAsync(db, templateId, ct);
        var previous = await PreviousPublishedAsync(db, draft, ct);
        var findings = QuestionnaireRules.Check(draft.Name, draft.Definition, previous?.Definition);
        if (findings.Count > 0) throw new TemplateRefusedException("published", findings);
        var now = Now;
        draft.Status = TemplateStatus.Published;
        draft.PublishedAtUtc = now;
        draft.PublishedBy = by;
        draft.UpdatedAtUtc = now;
        draft.UpdatedBy = by;
        draft.ConcurrencyToken = Guid.NewGuid();
        Audit(db, draft.Key, by, now, "Published", $"{draft.Name}: version {draft.Version}, {Describe(draft.Definition)}"
            + (previous is null ? "." : $"; questionnaires sent with version {previous.Version} or earlier keep their version."));
        await SaveAsync(db, draft, ct);
    }

    /// <summary>Deletes a draft. Discarding the only version of a never-published template removes the template.</summary>
    public async Task DiscardDraftAsync(Guid templateId, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var draft = await LoadDraftAsync(db, templateId, ct);
        db.QuestionnaireTemplates.Remove(draft);
        Audit(db, draft.Key, by, Now, "Draft discarded", $"{draft.Name}: version {draft.Version} (last saved by {draft.UpdatedBy}).");
        await SaveAsync(db, draft, ct);
    }

    /// <summary>What a new template starts with: one section and one question, so that it can be published once named.</summary>
    public static QuestionnaireDefinition StarterDefinition { get; } = new(
    [
        new("About your business", null, [new("company-name", "Your company's name", QuestionType.ShortText, Required: true)]),
    ]);

    private static QuestionnaireDefinition Normalized(QuestionnaireDefinition definition) => new(definition.Sections.Select(s => new QuestionSection(
        s.Title.Trim(), string.IsNullOrWhiteSpace(s.Intro) ? null : s.Intro.Trim(),
        s.Questions.Select(q => q with
        {
            Text = q.Text.Trim(),
            Help = string.IsNullOrWhiteSpace(q.Help) ? null : q.Help.Trim(),
            Options = QuestionnaireRules.IsChoice(q.Type) ? (q.Options ?? []).Select(o => o.Trim()).ToList() : null,
        }).ToList())).ToList());

    private static string Describe(QuestionnaireDefinition d) => $"{d.Sections.Count} section(s), {d.Questions.Count()} question(s)";

    private static async Task<Dictionary<Guid, int>> SentCountsAsync(OnboardingDbContext db, string? key, CancellationToken ct)
    {
        var query = db.Questionnaires.AsNoTracking();
        if (key is not null) query = query.Where(q => q.Template!.Key == key);
        return await query.GroupBy(q => q.TemplateId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
    }

    private static TemplateVersionSummary Summary(QuestionnaireTemplate t, IReadOnlyDictionary<Guid, int> sent) =>
        new(t.Id, t.Version, t.Name, t.Status, t.Definition.Questions.Count(), t.UpdatedAtUtc, t.UpdatedBy, t.PublishedAtUtc, t.PublishedBy, sent.GetValueOrDefault(t.Id));

    private static Task<QuestionnaireTemplate?> PreviousPublishedAsync(OnboardingDbContext db, QuestionnaireTemplate version, CancellationToken ct) =>
        db.QuestionnaireTemplates.AsNoTracking().Where(t => t.Key == version.Key && t.Status == TemplateStatus.Published && t.Version < version.Version)
            .OrderByDescending(t => t.Version).FirstOrDefaultAsync(ct);

    private static QuestionnaireTemplate NewVersion(string key, int version, string name, QuestionnaireDefinition definition, string by, DateTime now) => new()
    {
        Id = Guid.NewGuid(), Key = key, Version = version, Name = name, Status = TemplateStatus.Draft, Definition = definition,
        CreatedAtUtc = now, CreatedBy = by, UpdatedAtUtc = now, UpdatedBy = by, ConcurrencyToken = Guid.NewGuid(),
    };

    private static async Task<QuestionnaireTemplate> LoadDraftAsync(OnboardingDbContext db, Guid templateId, CancellationToken ct)
    {
        var template = await db.QuestionnaireTemplates.SingleOrDefaultAsync(t => t.Id == templateId, ct)
                       ?? throw new NotFoundException("The questionnaire template draft");
        if (template.Status != TemplateStatus.Draft)
        {
            throw new DomainException($"Version {template.Version} of \"{template.Name}\" was published by {template.PublishedBy} on {template.PublishedAtUtc:d MMM yyyy} and cannot change. Edit it as a new draft instead.");
        }
        return template;
    }

    private static ConcurrencyConflictException Conflict(QuestionnaireTemplate t) => new($"Version {t.Version} of \"{t.Name}\" (last saved by {t.UpdatedBy})");

    private static async Task SaveAsync(OnboardingDbContext db, QuestionnaireTemplate template, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Conflict(template);
        }
        catch (DbUpdateException) when (template.Status == TemplateStatus.Draft && db.Entry(template).State == EntityState.Added)
        {
            // Someone else started a version with the same number a moment earlier (unique key and version).
            throw new DomainException($"Someone else started version {template.Version} of this template at the same moment. Reload the list and open their draft.");
        }
    }

    private static void Audit(OnboardingDbContext db, string key, string by, DateTime now, string action, string details) =>
        db.AuditEntries.Add(new AuditEntry { AtUtc = now, Actor = by, SubjectType = AuditSubjects.QuestionnaireTemplate, SubjectId = key, Action = action, Details = details });
}
