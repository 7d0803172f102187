using Onboarding.Domain.Scope;
using Onboarding.Tests.Documents;
using Onboarding.Web.Documents;
using Onboarding.Web.Documents.Scope;
using Onboarding.Workflows.Mail;
using Onboarding.Workflows.Questionnaires.Sending;
using Onboarding.Workflows.Runtime;
using Onboarding.Workflows.Scope.ChangeRequests;

namespace Onboarding.Tests.Scope.ChangeRequests;

/// <summary>The change-request form as printed by the PDF layer and read back with PdfPig.</summary>
public sealed class ChangeRequestPdfTests
{
    private static readonly FirmBranding Firm = new("Northwind Digital", null);
    private static readonly QuestionnaireMail Dates = new(new WorkflowOptions { TimeZone = "Asia/Seoul" }, new PublicUrls(null));

    [Fact]
    public void Pdf_OfAnApprovedChange_HasItsSectionsImpactAndTheClientsDecision_InTheClientsScript()
    {
        var change = new ChangeRequest
        {
            Number = 3, Title = "두 개의 추가 랜딩 페이지", RequestedBy = "김지우", RequestedOn = new DateOnly(2026, 11, 20),
            Description = "Одна страница для каждой линейки продуктов.", Reason = "春季活动是在工作说明书批准之后计划的。",
            ImpactHours = 16, ImpactCost = 2400, ImpactDays = 3, Currency = "USD", Billable = true, Priority = ChangeRequestPriority.High,
            Status = ChangeRequestStatus.Approved, SentForApprovalAtUtc = new DateTime(2026, 11, 24, 1, 0, 0, DateTimeKind.Utc),
            DecidedAtUtc = new DateTime(2026, 11, 25, 2, 30, 0, DateTimeKind.Utc), DecidedByName = "김지우", DecisionNote = "Go ahead.",
        };

        using var pdf = PdfReadBack.Render(ChangeRequestDocument.Build(new ChangeRequestForm(change, "Seoul Bloom Cosmetics", Firm.FirmName, "v1", "Alex Morgan", "am@test"), Firm, Dates));

        var lines = pdf.BodyLines.ToList();
        var headings = new[] { "Change request CR-003", "Description", "Reason", "Impact", "Approval" }.Select(heading => lines.IndexOf(heading)).ToList();
        headings.ShouldAllBe(index => index >= 0);
        headings.ShouldBeInOrder(SortDirection.Ascending);
        var text = PdfReadBack.WithoutWhitespace(pdf.BodyText);
        foreach (var written in new[] { change.Title, change.Description, change.Reason, "USD 2,400.00" }) text.ShouldContain(PdfReadBack.WithoutWhitespace(written));
        pdf.BodyText.ShouldContain("Approved by 김지우");
        pdf.Pages[0].Header.ShouldBe("Northwind DigitalSeoul Bloom Cosmetics · CR-003");
    }
}
