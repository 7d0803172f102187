using Onboarding.Domain.Scope;
using Onboarding.Tests.Documents;
using Onboarding.Web.Documents;
using Onboarding.Web.Documents.Scope;
using Onboarding.Workflows.Mail;
using Onboarding.Workflows.Questionnaires.Sending;
using Onboarding.Workflows.Runtime;
using Onboarding.Workflows.Scope.Sow;

namespace Onboarding.Tests.Scope.Sow;

/// <summary>The statement of work as the client gets it: printed by the PDF layer and read back with PdfPig.</summary>
public sealed class SowPdfTests
{
    private static readonly QuestionnaireMail Dates = new(new WorkflowOptions { TimeZone = "Asia/Seoul" }, new PublicUrls(null));
    private static readonly FirmBranding Firm = new("Northwind Digital", null);

    private const string Russian = "Увеличить органический трафик с 12 000 до 18 000 визитов в месяц к 30 июня 2027 года.";
    private const string Korean = "2027년 6월 30일까지 온라인 주문을 월 900건에서 1,500건으로 늘립니다.";
    private const string Chinese = "到2027年6月30日，将每月线上订单从900单提高到1500单。";

    [Fact]
    public void Pdf_HasEverySectionInOrder_ListsTheExclusions_AndReadsBackEveryScriptExactly()
    {
        using var pdf = PdfReadBack.Render(SowDocument.Build(Print(SowStatus.Sent, deliverables: 3), Firm, Dates));

        var lines = pdf.BodyLines.ToList();
        var sectionLines = SowDocument.Sections.Select(section => lines.IndexOf(section)).ToList();
        sectionLines.ShouldAllBe(index => index >= 0, "every section is printed as its own heading line");
        sectionLines.ShouldBeInOrder(SortDirection.Ascending);

        var exclusions = lines.Skip(lines.IndexOf("Not included (exclusions)") + 1).TakeWhile(l => l != "Phase 2 candidates").ToList();
        PdfReadBack.Collapse(string.Join(' ', exclusions)).ShouldEndWith("•Paid media spend •Translation into other languages •Stock photography licences");

        var text = PdfReadBack.WithoutWhitespace(pdf.BodyText);
        text.ShouldContain(PdfReadBack.WithoutWhitespace(Russian));
        text.ShouldContain(PdfReadBack.WithoutWhitespace(Korean));
        text.ShouldContain(PdfReadBack.WithoutWhitespace(Chinese));
        foreach (var name in new[] { "Анна Смирнова", "김지우", "王小明", "마케팅 매니저", "品牌经理" }) pdf.BodyText.ShouldContain(name);
        pdf.Pages.ShouldAllBe(p => p.Header == "Northwind DigitalSeoul Bloom Cosmetics · SOW v2");
    }

    [Fact]
    public void Pdf_ADeliverablesTableOverSeveralPages_RepeatsItsHeaderOnEachAndLosesNoRow()
    {
        using var pdf = PdfReadBack.Render(SowDocument.Build(Print(SowStatus.Sent, deliverables: 70), Firm, Dates));

        var header = pdf.BodyLines.First(l => l.StartsWith("Deliverable", StringComparison.Ordinal) && l.EndsWith("Value", StringComparison.Ordinal));
        var tablePages = pdf.Pages.Where(p => p.Body.Any(l => l.StartsWith("Deliverable no. ", StringComparison.Ordinal))).ToList();
        tablePages.Count.ShouldBeGreaterThanOrEqualTo(2);
        foreach (var page in tablePages.Skip(1)) page.Body[0].ShouldBe(header);
        var rows = pdf.BodyLines.Where(l => l.StartsWith("Deliverable no. ", StringComparison.Ordinal)).Select(l => l[..19]).ToList();
        rows.ShouldBe(Enumerable.Range(1, 70).Select(i => $"Deliverable no. {i:000}"));
    }

    [Fact]
    public void Pdf_OfAnApprovedVersion_PrintsWhoApprovedAndWhen()
    {
        using var pdf = PdfReadBack.Render(SowDocument.Build(Print(SowStatus.Approved, deliverables: 2), Firm, Dates));

        pdf.BodyText.ShouldContain("Approved by Kim Ji-woo on Friday 4 December 2026, 11:42 from the client link.");
        pdf.Pages[^1].Footer.ShouldStartWith("Confidential · SOW v2 · Approved");
    }

    private static SowPrint Print(SowStatus status, int deliverables)
    {
        var content = new SowContent
        {
            Title = "Statement of work: Seoul Bloom", Summary = "Organic growth for the spring launch.", Currency = "USD", HourlyRate = 150,
            StartDate = new DateOnly(2026, 12, 1), EndDate = new DateOnly(2027, 3, 31),
            Contacts =
            [
                new SowContact("Анна Смирнова", "Маркетинг", "anna@seoulbloom.kr"),
                new SowContact("김지우", "마케팅 매니저", "jiwoo.kim@seoulbloom.kr"),
                new SowContact("王小明", "品牌经理", "xiaoming@seoulbloom.kr"),
            ],
            Goals = [Russian, Korean, Chinese],
            Deliverables = Enumerable.Range(1, deliverables)
                .Select(i => new SowDeliverable($"Deliverable no. {i:000}", "Written, reviewed and published", i % 4 + 1, "pages", 6)).ToList(),
            Milestones = [new SowMilestone("Kickoff", new DateOnly(2026, 12, 2), "Plan agreed")],
            Assumptions = ["Feedback within 3 business days."],
            Exclusions = ["Paid media spend", "Translation into other languages", "Stock photography licences"],
            Phase2 = [new SowPhase2Item("Paid social", "Meta campaigns", 9_000)],
            ChangeProcess = "Every change goes through a written change request.", PaymentTerms = "Monthly, 14 days.", Acceptance = "By approving, you confirm the scope.",
        };
        var sent = new DateTime(2026, 12, 3, 1, 0, 0, DateTimeKind.Utc);
        var decided = new DateTime(2026, 12, 4, 2, 42, 0, DateTimeKind.Utc);
        var approved = status == SowStatus.Approved;
        var sow = new SowVersionView(Guid.NewGuid(), Guid.NewGuid(), 2, status, content, sent, "am@test", sent, "am@test",
            sent, "am@test", "Kim Ji-woo", "jiwoo.kim@seoulbloom.kr", approved ? decided : null, approved ? "Kim Ji-woo" : null, null, Guid.NewGuid());
        return new SowPrint(sow, "Seoul Bloom Cosmetics", "Northwind Digital", "Alex Morgan");
    }
}
