using Onboarding.Domain.Scope;
using Onboarding.Web.Documents;
using Onboarding.Web.Documents.Scope;
using Onboarding.Workflows.Mail;
using Onboarding.Workflows.Questionnaires.Sending;
using Onboarding.Workflows.Runtime;
using Onboarding.Workflows.Scope.Sow;

namespace Onboarding.Tests.Scope.Sow;

/// <summary>The SOW as document blocks: header and footer, the sections in order, exclusions and Phase 2 apart, the approval printed.</summary>
public sealed class SowDocumentTests
{
    private static readonly QuestionnaireMail Dates = new(new WorkflowOptions { TimeZone = "Asia/Seoul" }, new PublicUrls(null));
    private static readonly FirmBranding Firm = new("Northwind Digital", [1, 2, 3]);

    private static readonly SowContent Content = new()
    {
        Title = "Statement of work: Seoul Bloom", Summary = "First paragraph.\n\nSecond paragraph.", Currency = "KRW", HourlyRate = 150_000,
        StartDate = new DateOnly(2026, 12, 1), EndDate = new DateOnly(2027, 3, 31),
        Contacts = [new SowContact("Kim Ji-woo", "Marketing manager", "jiwoo.kim@seoulbloom.kr")],
        Goals = ["Online orders from 900 to 1,500 a month by 30 June 2027."],
        Deliverables = [new SowDeliverable("SEO audit", "Technical audit", 1, "audit", 16), new SowDeliverable("Blog articles", "1,200 words", 8, "articles", 32.5m)],
        Milestones = [new SowMilestone("Kickoff", new DateOnly(2026, 12, 2), "Plan agreed")],
        Assumptions = ["Feedback within 3 business days."],
        Exclusions = ["Paid media spend", "Translation"],
        Phase2 = [new SowPhase2Item("Paid social", "Meta campaigns", 9_000_000)],
        ChangeProcess = "Every change goes through a written change request.", PaymentTerms = "Monthly, 14 days.", Acceptance = "By approving, you confirm the scope.",
    };

    [Fact]
    public void Build_HasTheHeaderFooterAndEverySectionInOrder()
    {
        var spec = SowDocument.Build(Print(SowStatus.Sent), Firm, Dates);

        spec.Header.ShouldBe(new PageHeader(Firm.Logo, "Northwind Digital", "Seoul Bloom Cosmetics · SOW v2"));
        spec.Footer.Left.ShouldBe("Confidential · SOW v2 · Sent for approval");
        spec.Blocks.OfType<HeadingBlock>().Where(h => h.Level == 2).Select(h => h.Text).ShouldBe(SowDocument.Sections);
        spec.Blocks.OfType<HeadingBlock>().First().ShouldBe(new HeadingBlock(1, "Statement of work: Seoul Bloom"));
        var fields = spec.Blocks.OfType<FieldsBlock>().Single().Fields.ToDictionary(f => f.Label, f => f.Value);
        fields["Client"].ShouldBe("Seoul Bloom Cosmetics");
        fields["Version"].ShouldBe("v2");
        fields["Status"].ShouldBe("Sent for approval to Kim Ji-woo on Thursday 3 December 2026, 10:00");
        fields["Period"].ShouldBe("From 1 December 2026 to 31 March 2027");
        fields["Value"].ShouldBe("KRW 7,275,000 (48.5 hours at KRW 150,000 an hour)");
    }

    [Fact]
    public void Build_ListsDeliverablesWithATotal_ExclusionsAndPhase2AsNotInScope()
    {
        var blocks = SowDocument.Build(Print(SowStatus.Sent), Firm, Dates).Blocks.ToList();

        var deliverables = (TableBlock)After(blocks, "Deliverables").First(b => b is TableBlock);
        deliverables.Columns.Select(c => c.Header).ShouldBe(["Deliverable", "Description", "Quantity", "Hours", "Value"]);
        deliverables.Rows[1].ShouldBe(["Blog articles", "1,200 words", "8 articles", "32.5", "KRW 4,875,000"]);
        deliverables.Total.ShouldBe(["Total", "", "", "48.5", "KRW 7,275,000"]);
        After(blocks, "Not included (exclusions)").OfType<ListBlock>().First().Items.ShouldBe(["Paid media spend", "Translation"]);
        var phase2 = After(blocks, "Phase 2 candidates").ToList();
        ((ParagraphBlock)phase2[0]).Runs[0].Text.ShouldBe("Not part of this scope. ");
        ((TableBlock)phase2[1]).Rows.ShouldBe([["Paid social", "Meta campaigns", "KRW 9,000,000"]]);
        After(blocks, "Summary").OfType<ParagraphBlock>().Select(p => p.Runs[0].Text).ShouldBe(["First paragraph.", "Second paragraph."]);
    }

    [Fact]
    public void Build_WhenApproved_PrintsTheClientsNameAndTimeOnTheLine_AndSaysFromTheLink()
    {
        var blocks = SowDocument.Build(Print(SowStatus.Approved), Firm, Dates).Blocks.ToList();

        var acceptance = After(blocks, "Acceptance").ToList();
        var signatures = acceptance.OfType<SignatureBlock>().Single();
        signatures.Lines[0].ShouldBe(new SignatureLine("For Seoul Bloom Cosmetics", "Kim Ji-woo", "Friday 4 December 2026, 11:42"));
        signatures.Lines[1].Caption.ShouldBe("For Northwind Digital");
        acceptance.OfType<CalloutBlock>().Single().Text.ShouldBe("Approved by Kim Ji-woo on Friday 4 December 2026, 11:42 from the client link.");
    }

    [Fact]
    public void Build_WhenNotApproved_LeavesTheClientsLineBlank_AndADraftSaysSo()
    {
        var spec = SowDocument.Build(Print(SowStatus.Draft), Firm, Dates);

        spec.Blocks.OfType<SignatureBlock>().Single().Lines[0].ShouldBe(new SignatureLine("For Seoul Bloom Cosmetics: name and date"));
        spec.Blocks.OfType<CalloutBlock>().ShouldBeEmpty();
        spec.Blocks.OfType<FieldsBlock>().Single().Fields.ShouldContain(("Status", "Draft, not sent to the client yet"));
    }

    [Fact]
    public void Build_OfAnEmptyDraft_StillHasEverySection()
    {
        var empty = Print(SowStatus.Draft) with { Sow = Print(SowStatus.Draft).Sow with { Content = new SowContent() } };

        var spec = SowDocument.Build(empty, Firm, Dates);

        spec.Blocks.OfType<HeadingBlock>().Where(h => h.Level == 2).Select(h => h.Text).ShouldBe(SowDocument.Sections);
        After(spec.Blocks.ToList(), "Deliverables").OfType<ParagraphBlock>().First().Runs[0].Text.ShouldBe("No deliverables listed.");
    }

    private static IEnumerable<Block> After(List<Block> blocks, string heading) =>
        blocks.SkipWhile(b => b is not HeadingBlock { Level: 2 } h || h.Text != heading).Skip(1).TakeWhile(b => b is not HeadingBlock { Level: 2 });

    private static SowPrint Print(SowStatus status)
    {
        var sent = new DateTime(2026, 12, 3, 1, 0, 0, DateTimeKind.Utc); // 10:00 in Seoul
        var decided = new DateTime(2026, 12, 4, 2, 42, 0, DateTimeKind.Utc);
        var sow = new SowVersionView(Guid.NewGuid(), Guid.NewGuid(), 2, status, Content, sent, "am@test", sent, "am@test",
            status == SowStatus.Draft ? null : sent, status == SowStatus.Draft ? null : "am@test", status == SowStatus.Draft ? null : "Kim Ji-woo", "jiwoo.kim@seoulbloom.kr",
            status == SowStatus.Approved ? decided : null, status == SowStatus.Approved ? "Kim Ji-woo" : null, null, Guid.NewGuid());
        return new SowPrint(sow, "Seoul Bloom Cosmetics", "Northwind Digital", "Alex Morgan");
    }
}
