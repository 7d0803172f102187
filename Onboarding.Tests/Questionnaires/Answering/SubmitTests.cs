using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Playbooks;
using Onboarding.Tests.Workflows.Runtime;
using Onboarding.Workflows.Messages;
using Onboarding.Workflows.Questionnaires.Answering;
using static Onboarding.Workflows.Questionnaires.DefaultQuestionnaireTemplate;

namespace Onboarding.Tests.Questionnaires.Answering;

/// <summary>Submitting checks the required answers, tells the workflow once, and leaves the questionnaire read-only.</summary>
public sealed class SubmitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>start → wait for QuestionnaireSubmitted → "Read the answers" → end.</summary>
    private static readonly string AwaitQuestionnaire = Processes.Bpmn("""
        <bpmn:startEvent id="start" />
        <bpmn:intermediateCatchEvent id="submitted" name="Questionnaire submitted"><bpmn:messageEventDefinition messageRef="m1" /></bpmn:intermediateCatchEvent>
        <bpmn:userTask id="read" name="Read the answers" onboarding:role="AccountManager" />
        <bpmn:endEvent id="end" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="submitted" />
        <bpmn:sequenceFlow id="f2" sourceRef="submitted" targetRef="read" />
        <bpmn:sequenceFlow id="f3" sourceRef="read" targetRef="end" />
        """).Replace("name=\"DepositPaid\"", $"name=\"{KnownMessages.QuestionnaireSubmitted}\"");

    [Fact]
    public async Task Missing_required_answers_are_listed_by_their_text_and_nothing_is_submitted()
    {
        await using var world = await AnsweringWorld.CreateAsync();
        await world.SaveAsync(Keys.Website, "https://harbour.example.com");

        var refused = await Should.ThrowAsync<RequiredAnswersMissingException>(() => world.Answering.SubmitAsync(world.Token, "Marta", Ct));

        refused.Missing.Count.ShouldBe(9);
        refused.Missing.ShouldContain("Please upload your brand guidelines");
        refused.Missing.ShouldContain("Who should we work with on your side?");
        refused.Missing.ShouldNotContain("Your website address");
        refused.Message.ShouldContain("Which platforms will our team need access to?");
        (await world.QueryAsync(db => db.Questionnaires.SingleAsync(Ct))).SubmittedAtUtc.ShouldBeNull();
    }

    [Fact]
    public async Task Submitting_delivers_the_message_the_workflow_waits_for_and_then_is_read_only()
    {
        await using var world = await AnsweringWorld.CreateAsync();
        var host = world.World.Host;
        await host.PublishAsync("await-questionnaire", AwaitQuestionnaire);
        var waiting = await host.StartAsync("await-questionnaire", world.OnboardingId.ToString());
        (await host.OpenWorkItemsAsync(waiting)).ShouldBeEmpty();
        await world.AnswerRequiredAsync();

        await world.Answering.SubmitAsync(world.Token, "  Marta Lindqvist ", Ct);

        (await host.OpenWorkItemsAsync(waiting)).Single().Title.ShouldBe("Read the answers", "the instance left the await");
        var journal = await world.QueryAsync(db => db.JournalEntries.Where(j => j.InstanceId == waiting).Select(j => j.Text).ToListAsync(Ct));
        journal.ShouldContain(t => t.Contains(KnownMessages.QuestionnaireSubmitted));
        var questionnaire = await world.QueryAsync(db => db.Questionnaires.SingleAsync(Ct));
        questionnaire.SubmittedBy.ShouldBe("Marta Lindqvist");
        questionnaire.SubmittedAtUtc.ShouldBe(world.World.Database.Clock.GetUtcNow().UtcDateTime);
        var audit = await world.QueryAsync(db => db.AuditEntries.Where(a => a.SubjectType == AuditSubjects.Onboarding && a.SubjectId == world.OnboardingId.ToString()
            && a.Action == "Questionnaire submitted").ToListAsync(Ct));
        audit.Single().Actor.ShouldBe("Marta Lindqvist (client)");

        await Should.ThrowAsync<QuestionnaireAlreadySubmittedException>(() => world.Answering.SubmitAsync(world.Token, "Marta", Ct));
        await Should.ThrowAsync<QuestionnaireAlreadySubmittedException>(() => world.SaveAsync("best-times", "Mornings"));
        await Should.ThrowAsync<QuestionnaireAlreadySubmittedException>(() =>
            world.Answering.AddFileAsync(world.Token, Keys.LogosAndPhotos, "logo.pdf", Files.Pdf.Length, new MemoryStream(Files.Pdf), Ct));
        var view = (await world.Answering.OpenAsync(world.Token, Ct)).View!;
        view.IsSubmitted.ShouldBeTrue();
        view.SubmittedBy.ShouldBe("Marta Lindqvist");
        (await world.QueryAsync(db => db.JournalEntries.CountAsync(j => j.InstanceId == waiting && j.Text.Contains(KnownMessages.QuestionnaireSubmitted), Ct)))
            .ShouldBe(journal.Count(t => t.Contains(KnownMessages.QuestionnaireSubmitted)), "the second submit delivered nothing");
    }

    [Fact]
    public async Task Two_submits_at_once_one_wins_the_other_is_told_it_was_already_submitted()
    {
        await using var world = await AnsweringWorld.CreateAsync();
        await world.AnswerRequiredAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => Task.Run(async () =>
        {
            try
            {
                await world.Answering.SubmitAsync(world.Token, $"Person {i}", Ct);
                return "submitted";
            }
            catch (QuestionnaireAlreadySubmittedException)
            {
                return "already";
            }
        }, Ct)));

        results.Order().ShouldBe(["already", "submitted"]);
        (await world.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Questionnaire submitted", Ct))).ShouldBe(1);
        (await world.QueryAsync(db => db.BufferedMessages.CountAsync(m => m.MessageName == KnownMessages.QuestionnaireSubmitted, Ct))).ShouldBe(1,
            "kept for the onboarding's workflow until it reaches its await");
    }

    [Fact]
    public async Task A_name_is_needed_to_submit()
    {
        await using var world = await AnsweringWorld.CreateAsync();
        await world.AnswerRequiredAsync();
        (await Should.ThrowAsync<Onboarding.Domain.Common.DomainException>(() => world.Answering.SubmitAsync(world.Token, "  ", Ct))).Message.ShouldContain("name");
    }
}
