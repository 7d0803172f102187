using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Common;
using Onboarding.Domain.Questionnaires;
using Onboarding.Tests.Onboardings;
using Onboarding.Tests.Support;
using Onboarding.Workflows.Questionnaires;
using Onboarding.Workflows.Questionnaires.Templates;

namespace Onboarding.Tests.Questionnaires.Templates;

public sealed class QuestionnaireTemplateCatalogTests
{
    private const string Key = DefaultQuestionnaireTemplate.Key;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(TestDatabase Database, QuestionnaireTemplateCatalog Catalog)> SeededAsync()
    {
        var database = await TestDatabase.CreateAsync();
        await new QuestionnaireTemplateSeeder(database.Factory, database.Clock).SeedAsync(Ct);
        return (database, new QuestionnaireTemplateCatalog(database.Factory, database.Clock));
    }

    private static QuestionnaireDefinition WithExtraQuestion(QuestionnaireDefinition definition) =>
        new([.. definition.Sections.Take(definition.Sections.Count - 1),
            definition.Sections[^1] with { Questions = [.. definition.Sections[^1].Questions, new Question("favourite-colour", "Favourite colour?", QuestionType.ShortText)] }]);

    [Fact]
    public async Task A_draft_copies_the_latest_published_version_as_the_next_version()
    {
        var (database, catalog) = await SeededAsync();
        await using var _ = database;

        var draftId = await catalog.StartDraftAsync(Key, "ops@test", Ct);

        var draft = (await catalog.GetAsync(draftId, Ct)).Template;
        draft.Version.ShouldBe(2);
        draft.Status.ShouldBe(TemplateStatus.Draft);
        draft.DefinitionJson.ShouldBe(DefaultQuestionnaireTemplate.Definition.ToJson());
        draft.CreatedBy.ShouldBe("ops@test");
        var summary = (await catalog.ListAsync(Ct)).ShouldHaveSingleItem();
        summary.LatestPublished!.Version.ShouldBe(1);
        summary.Draft!.Id.ShouldBe(draftId);
    }

    [Fact]
    public async Task Only_one_draft_per_template_at_a_time()
    {
        var (database, catalog) = await SeededAsync();
        await using var _ = database;
        await catalog.StartDraftAsync(Key, "ops@test", Ct);

        var refused = await Should.ThrowAsync<DomainException>(() => catalog.StartDraftAsync(Key, "admin@test", Ct));

        refused.Message.ShouldBe("Version 2 of \"Client onboarding questionnaire\" is already a draft (last saved by ops@test). Open it, or publish or discard it first.");
    }

    [Fact]
    public async Task Saving_with_a_stale_token_is_refused_with_who_saved_last()
    {
        var (database, catalog) = await SeededAsync();
        await using var _ = database;
        var draftId = await catalog.StartDraftAsync(Key, "ops@test", Ct);
        var loaded = (await catalog.GetAsync(draftId, Ct)).Template;
        await catalog.SaveDraftAsync(draftId, "Renamed", loaded.Definition, loaded.ConcurrencyToken, "admin@test", Ct);

        var refused = await Should.ThrowAsync<ConcurrencyConflictException>(() =>
            catalog.SaveDraftAsync(draftId, "Mine", loaded.Definition, loaded.ConcurrencyToken, "ops@test", Ct));

        refused.Message.ShouldBe("Version 2 of \"Renamed\" (last saved by admin@test) was changed by someone else while you were editing. Reload to see their changes, then make yours again.");
        (await catalog.GetAsync(draftId, Ct)).Template.Name.ShouldBe("Renamed");
    }

    [Fact]
    public async Task Saving_refuses_what_would_store_an_unusable_definition_but_keeps_unfinished_work()
    {
        var (database, catalog) = await SeededAsync();
        await using var _ = database;
        var draftId = await catalog.StartDraftAsync(Key, "ops@test", Ct);
        var draft = (await catalog.GetAsync(draftId, Ct)).Template;
        var website = draft.Definition.Find(DefaultQuestionnaireTemplate.Keys.Website)!;
        var retyped = new QuestionnaireDefinition([.. draft.Definition.Sections.Select(s => s with { Questions = [.. s.Questions.Select(q => q == website ? q with { Type = QuestionType.ShortText } : q)] })]);

        var refused = await Should.ThrowAsync<TemplateRefusedException>(() => catalog.SaveDraftAsync(draftId, draft.Name, retyped, draft.ConcurrencyToken, "ops@test", Ct));
        refused.Findings.ShouldHaveSingleItem().QuestionKey.ShouldBe(DefaultQuestionnaireTemplate.Keys.Website);

        // A choice question without options yet is unfinished, not unusable: it saves, and publishing waits for it.
        var unfinished = new QuestionnaireDefinition([.. draft.Definition.Sections, new QuestionSection("Extra", null, [new Question("tone", "Tone?", QuestionType.SingleChoice, Options: ["", ""])])]);
        await catalog.SaveDraftAsync(draftId, draft.Name, unfinished, draft.ConcurrencyToken, "ops@test", Ct);
        var publish = await Should.ThrowAsync<TemplateRefusedException>(() => catalog.PublishAsync(draftId, "ops@test", Ct));
        publish.Findings.ShouldAllBe(f => f.QuestionKey == "tone");
    }

    [Fact]
    public async Task Publishing_makes_version_2_latest_while_version_1_stays_readable_for_questionnaires_sent_with_it()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var database = world.Database;
        var catalog = new QuestionnaireTemplateCatalog(database.Factory, database.Clock);
        await new QuestionnaireTemplateSeeder(database.Factory, database.Clock).SeedAsync(Ct);
        var v1 = (await QuestionnaireTemplateCatalog.LatestPublishedAsync(database.Factory, Key, Ct))!;
        var onboarding = await world.StartAsync();
        await using (var db = await database.Factory.CreateDbContextAsync(Ct))
        {
            db.Questionnaires.Add(new Questionnaire
            {
                Id = Guid.NewGuid(), OnboardingId = onboarding.Id, TemplateId = v1.Id, RecipientName = "Client", RecipientEmail = "client@example.com",
                SentAtUtc = database.Clock.GetUtcNow().UtcDateTime, SentBy = "am@test", DueAtUtc = database.Clock.GetUtcNow().UtcDateTime.AddDays(14), ConcurrencyToken = Guid.NewGuid(),
            });
            await db.SaveChangesAsync(Ct);
        }
        var draftId = await catalog.StartDraftAsync(Key, "ops@test", Ct);
        var draft = (await catalog.GetAsync(draftId, Ct)).Template;
        await catalog.SaveDraftAsync(draftId, draft.Name, WithExtraQuestion(draft.Definition), draft.ConcurrencyToken, "ops@test", Ct);
        database.Clock.Advance(TimeSpan.FromHours(1));

        await catalog.PublishAsync(draftId, "ops@test", Ct);

        var latest = (await QuestionnaireTemplateCatalog.LatestPublishedAsync(database.Factory, Key, Ct))!;
        latest.Id.ShouldBe(draftId);
        latest.Version.ShouldBe(2);
        latest.PublishedBy.ShouldBe("ops@test");
        latest.PublishedAtUtc.ShouldBe(database.Clock.GetUtcNow().UtcDateTime);
        latest.Definition.Find("favourite-colour").ShouldNotBeNull();
        await using (var db = await database.Factory.CreateDbContextAsync(Ct))
        {
            (await QuestionnaireTemplateCatalog.LatestPublishedAsync(db, Key, Ct))!.Id.ShouldBe(draftId);
            var sent = await db.Questionnaires.Include(q => q.Template).SingleAsync(Ct);
            sent.Template!.Version.ShouldBe(1);
            sent.Template.Definition.Find("favourite-colour").ShouldBeNull();
        }
        var old = await catalog.GetAsync(v1.Id, Ct);
        old.Template.Status.ShouldBe(TemplateStatus.Published);
        old.QuestionnairesSent.ShouldBe(1);
        old.LatestPublishedVersion.ShouldBe(2);
        var summary = (await catalog.ListAsync(Ct)).ShouldHaveSingleItem();
        summary.LatestPublished!.Version.ShouldBe(2);
        summary.Draft.ShouldBeNull();
        summary.Versions.Select(v => (v.Version, v.QuestionnairesSent)).ShouldBe([(2, 0), (1, 1)]);
        summary.QuestionnairesSent.ShouldBe(1);
        await Should.ThrowAsync<DomainException>(() => catalog.SaveDraftAsync(draftId, "Late edit", latest.Definition, latest.ConcurrencyToken, "ops@test", Ct));
    }

    [Fact]
    public async Task Discarding_a_draft_leaves_the_published_version_and_allows_a_new_draft()
    {
        var (database, catalog) = await SeededAsync();
        await using var _ = database;
        var draftId = await catalog.StartDraftAsync(Key, "ops@test", Ct);

        await catalog.DiscardDraftAsync(draftId, "ops@test", Ct);

        await Should.ThrowAsync<NotFoundException>(() => catalog.GetAsync(draftId, Ct));
        var summary = (await catalog.ListAsync(Ct)).ShouldHaveSingleItem();
        summary.Draft.ShouldBeNull();
        summary.Versions.ShouldHaveSingleItem().Version.ShouldBe(1);
        (await catalog.GetAsync(await catalog.StartDraftAsync(Key, "ops@test", Ct), Ct)).Template.Version.ShouldBe(2);
        await Should.ThrowAsync<DomainException>(() => catalog.DiscardDraftAsync(summary.LatestPublished!.Id, "ops@test", Ct));
    }

    [Fact]
    public async Task A_new_template_starts_as_a_publishable_draft_and_its_key_must_be_new_and_slug_like()
    {
        var (database, catalog) = await SeededAsync();
        await using var _ = database;

        var id = await catalog.CreateAsync("kickoff-prep", " Kickoff preparation ", "ops@test", Ct);

        var created = (await catalog.GetAsync(id, Ct)).Template;
        (created.Key, created.Version, created.Name, created.Status).ShouldBe(("kickoff-prep", 1, "Kickoff preparation", TemplateStatus.Draft));
        (await catalog.GetAsync(id, Ct)).Findings().ShouldBeEmpty();
        (await Should.ThrowAsync<DomainException>(() => catalog.CreateAsync(Key, "Again", "ops@test", Ct))).Message.ShouldContain("already exists");
        (await Should.ThrowAsync<DomainException>(() => catalog.CreateAsync("Kickoff Prep", "Again", "ops@test", Ct))).Message.ShouldContain("is not a valid key");
        (await catalog.ListAsync(Ct)).Select(t => t.Key).ShouldBe([Key, "kickoff-prep"]);
        (await QuestionnaireTemplateCatalog.LatestPublishedAsync(database.Factory, "kickoff-prep", Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task Every_change_is_audited_under_the_template_key()
    {
        var (database, catalog) = await SeededAsync();
        await using var _ = database;
        var draftId = await catalog.StartDraftAsync(Key, "ops@test", Ct);
        var draft = (await catalog.GetAsync(draftId, Ct)).Template;
        await catalog.SaveDraftAsync(draftId, draft.Name, WithExtraQuestion(draft.Definition), draft.ConcurrencyToken, "ops@test", Ct);
        await catalog.PublishAsync(draftId, "ops@test", Ct);
        await catalog.DiscardDraftAsync(await catalog.StartDraftAsync(Key, "admin@test", Ct), "admin@test", Ct);
        await catalog.CreateAsync("kickoff-prep", "Kickoff preparation", "ops@test", Ct);

        await using var db = await database.Factory.CreateDbContextAsync(Ct);
        var lines = await db.AuditEntries.Where(a => a.SubjectType == AuditSubjects.QuestionnaireTemplate).OrderBy(a => a.Id).ToListAsync(Ct);
        lines.Select(a => (a.SubjectId, a.Actor, a.Action)).ShouldBe([
            (Key, "ops@test", "Draft started"), (Key, "ops@test", "Draft saved"), (Key, "ops@test", "Published"),
            (Key, "admin@test", "Draft started"), (Key, "admin@test", "Draft discarded"), ("kickoff-prep", "ops@test", "Created")]);
        lines[1].Details.ShouldBe("Client onboarding questionnaire: version 2, 7 section(s), 19 question(s) → 7 section(s), 20 question(s).");
        lines[2].Details.ShouldContain("questionnaires sent with version 1 or earlier keep their version");
    }
}
