using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Common;
using Onboarding.Domain.Playbooks;
using Onboarding.Tests.Support;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Tests.Workflows.Runtime;

public sealed class PlaybookCatalogTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_default_playbook_is_seeded_published_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new WorkflowHost(database);
        var seeder = host.Get<PlaybookSeeder>();

        await seeder.SeedAsync(Ct);
        await seeder.SeedAsync(Ct);

        var playbook = (await host.Catalog.ListAsync(Ct)).ShouldHaveSingleItem();
        playbook.Key.ShouldBe(DefaultPlaybook.Key);
        var version = playbook.Versions.ShouldHaveSingleItem();
        version.Status.ShouldBe(PlaybookVersionStatus.Published);
        version.Checksum.ShouldBe(PlaybookChecks.Checksum(DefaultPlaybook.Xml));
        version.PublishedBy.ShouldBe(PlaybookSeeder.SystemActor);
        PlaybookCatalog.Stages(await host.Catalog.GetVersionAsync(version.Id, Ct)).Select(s => s.Name)
            .ShouldBe(DefaultPlaybook.Stages.Select(s => s.Name));
    }

    [Fact]
    public async Task Publishing_is_refused_while_errors_remain_and_each_finding_names_its_element()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new WorkflowHost(database);
        var draft = await host.Catalog.CreateAsync(new NewPlaybook("broken", "Broken", null, Processes.Bpmn("""
            <bpmn:startEvent id="start" />
            <bpmn:scriptTask id="script" name="Compute fee" />
            <bpmn:userTask id="review" name="Review" />
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="script" />
            <bpmn:sequenceFlow id="f2" sourceRef="script" targetRef="review" />
            <bpmn:sequenceFlow id="f3" sourceRef="review" targetRef="end" />
            """), []), "ops@test", Ct);

        var refused = await Should.ThrowAsync<PublishRefusedException>(() => host.Catalog.PublishAsync(draft, "ops@test", Ct));

        refused.Findings.ShouldContain(f => f.ElementId == "script");
        refused.Findings.ShouldContain(f => f.ElementId == "review"); // a user task needs a role
        (await host.Catalog.GetVersionAsync(draft, Ct)).Status.ShouldBe(PlaybookVersionStatus.Draft);
    }

    [Fact]
    public async Task A_published_version_is_frozen_and_becomes_the_base_of_one_new_draft()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new WorkflowHost(database);
        var v1 = await host.PublishAsync("three", Processes.ThreeTasks);
        var published = await host.Catalog.GetVersionAsync(v1, Ct);

        var frozen = await Should.ThrowAsync<DomainException>(() => host.Catalog.SaveDraftAsync(v1, published.Xml, [], published.ConcurrencyToken, "ops@test", Ct));
        frozen.Message.ShouldContain("frozen");

        var v2 = await host.Catalog.NewDraftAsync(v1, "ops@test", Ct);
        (await host.Catalog.GetVersionAsync(v2, Ct)).ShouldSatisfyAllConditions(
            v => v.Number.ShouldBe(2), v => v.BasedOnVersionId.ShouldBe(v1), v => v.Xml.ShouldBe(published.Xml));
        (await Should.ThrowAsync<DomainException>(() => host.Catalog.NewDraftAsync(v1, "ops@test", Ct))).Message.ShouldContain("already a draft");

        var audit = await host.QueryAsync(db => db.AuditEntries.Where(a => a.SubjectType == PlaybookCatalog.AuditSubject).Select(a => a.Action).ToListAsync(Ct));
        audit.ShouldBe(["Created", "Published", "Draft started"], ignoreOrder: true);
    }

    [Fact]
    public async Task Two_people_saving_the_same_draft_the_second_is_told_to_reload()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new WorkflowHost(database);
        var draft = await host.Catalog.CreateAsync(new NewPlaybook("three", "Three", null, Processes.ThreeTasks, []), "ops@test", Ct);
        var token = (await host.Catalog.GetVersionAsync(draft, Ct)).ConcurrencyToken;

        await host.Catalog.SaveDraftAsync(draft, Processes.ThreeTasks.Replace("Send contract", "Send the contract", StringComparison.Ordinal), [], token, "priya", Ct);

        await Should.ThrowAsync<ConcurrencyConflictException>(() => host.Catalog.SaveDraftAsync(draft, Processes.ThreeTasks, [], token, "sam", Ct));
        (await host.Catalog.GetVersionAsync(draft, Ct)).Xml.ShouldContain("Send the contract");
    }

    [Theory]
    [InlineData("Client Onboarding", "not a valid key")]
    [InlineData("client--onboarding", "not a valid key")]
    public async Task Bad_keys_are_refused(string key, string message)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new WorkflowHost(database);
        var error = await Should.ThrowAsync<DomainException>(() => host.Catalog.CreateAsync(new NewPlaybook(key, "Name", null, Processes.ThreeTasks, []), "ops@test", Ct));
        error.Message.ShouldContain(message);
    }

    [Fact]
    public async Task Malformed_xml_is_refused_with_its_line_and_nothing_is_stored()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new WorkflowHost(database);

        var error = await Should.ThrowAsync<DomainException>(() => host.Catalog.CreateAsync(
            new NewPlaybook("bad", "Bad", null, "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n<bpmn:process id=\"p\">\n</bpmn:definitions>", []), "ops@test", Ct));

        error.Message.ShouldContain("line 3");
        (await host.QueryAsync(db => db.Playbooks.CountAsync(Ct))).ShouldBe(0);
    }
}
