using Onboarding.Domain.Scope;
using Onboarding.Web.Documents;
using Onboarding.Web.Documents.Scope;
using Onboarding.Workflows.Mail;
using Onboarding.Workflows.Questionnaires.Sending;
using Onboarding.Workflows.Runtime;
using Onboarding.Workflows.Scope.ChangeRequests;

namespace Onboarding.Tests.Scope.ChangeRequests;

/// <summary>The change-request form's blocks: header, fields, sections, impact table, approval block and the decision once made.</summary>
public sealed class ChangeRequestDocumentTests
{
    private static readonly FirmBranding Firm = new("Northwind Digital", [0x89, 0x50, 0x4E, 0x47]);

    /// <summary>The firm is in Seoul: 20:00 UTC on 24 November is 05:00 on 25 November there.</summary>
    private static readonly QuestionnaireMail Dates = new(new WorkflowOptions { TimeZone = "Asia/Seoul" }, new PublicUrls(null));

    private static ChangeRequest Change(Action<ChangeRequest>? change = null)
    {
        var c = new ChangeRequest
        {
            Number = 3, Title = "Two extra landing pages", RequestedBy = "Dana Kim", RequestedOn = new DateOnly(2026, 11, 20),
            Description = "One page per product line.", Reason = "The spring campaign was planned after the SOW.", ImpactHours = 16, ImpactCost = 2400,
            ImpactDays = 3, Currency = "USD", Billable = true, Priority = ChangeRequestPriority.High, Status = ChangeRequestStatus.AwaitingClientApproval,
            SentForApprovalAtUtc = new DateTime(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc),
        };
        change?.Invoke(c);
        return c;
    }

    private static DocumentSpec Build(ChangeRequest change, string? sow = "v1") =>
        ChangeRequestDocument.Build(new ChangeRequestForm(change, "Acme Analytics", Firm.FirmName, sow, "Alex Morgan", "am@test"), Firm, Dates);

    [Fact]
    public void Build_Awaiting_HasHeaderFieldsSectionsImpactAndEmptyClientSignature()
    {
        var spec = Build(Change());

        spec.Header.ShouldBe(new PageHeader(Firm.Logo, "Northwind Digital", "Acme Analytics · CR-003"));
        spec.Blocks.OfType<HeadingBlock>().Select(h => h.Text).ShouldBe(["Change request CR-003", "Description", "Reason", "Impact", "Approval"]);
        var fields = spec.Blocks.OfType<FieldsBlock>().Single().Fields.ToDictionary(f => f.Label, f => f.Value);
        fields["Reference"].ShouldBe("CR-003");
        fields["Title"].ShouldBe("Two extra landing pages");
        fields["Requested by"].ShouldBe("Dana Kim");
        fields["Requested on"].ShouldBe("20 November 2026");
        fields["Priority"].ShouldBe("High");
        fields["Status"].ShouldBe("Awaiting client approval");
        fields["Scope"].ShouldBe("Outside the approved scope");
        fields["SOW version amended"].ShouldBe("SOW v1");
        Paragraphs(spec).ShouldContain("One page per product line.");
        Paragraphs(spec).ShouldContain("The spring campaign was planned after the SOW.");
        var impact = spec.Blocks.OfType<TableBlock>().Single();
        impact.Rows.Select(r => string.Join(" | ", r)).ShouldBe(["Hours | +16 hours", "Cost | USD 2,400.00", "Timeline | 3 business days later", "Billable | Yes: invoiced once approved"]);
        Paragraphs(spec).ShouldContain(p => p.Contains("It then becomes an addendum to SOW v1, and USD 2,400.00 is invoiced in addition to the agreed fees."));
        spec.Blocks.OfType<CalloutBlock>().ShouldBeEmpty("not decided yet");
        var signatures = spec.Blocks.OfType<SignatureBlock>().Single().Lines;
        signatures[0].ShouldBe(new SignatureLine("For Acme Analytics"));
        signatures[1].ShouldBe(new SignatureLine("For Northwind Digital", "Alex Morgan", "24 November 2026"));
    }

    [Fact]
    public void Build_Approved_PrintsWhoApprovedWhenInTheFirmsTimeZone_WithTheNote_AndSignsTheClientLine()
    {
        var spec = Build(Change(c =>
        {
            c.Status = ChangeRequestStatus.Approved;
            c.DecidedByName = "Dana Kim";
            c.DecidedAtUtc = new DateTime(2026, 11, 24, 20, 0, 0, DateTimeKind.Utc);
            c.DecisionNote = "Go ahead";
        }));

        var callout = spec.Blocks.OfType<CalloutBlock>().Single();
        callout.Title.ShouldBe("Approved");
        callout.Text.ShouldBe("Approved by Dana Kim on 25 November 2026 at 05:00 from the client link.\nNote: \"Go ahead\"");
        spec.Blocks.OfType<SignatureBlock>().Single().Lines[0].ShouldBe(new SignatureLine("For Acme Analytics", "Dana Kim", "25 November 2026"));
    }

    [Fact]
    public void Build_RejectedWithinScopeWithoutSow_SaysSoEverywhere()
    {
        var spec = Build(Change(c =>
        {
            c.Status = ChangeRequestStatus.Rejected;
            c.WithinScope = true;
            c.Billable = false;
            c.ImpactCost = 0;
            c.ImpactDays = 0;
            c.RaisedFrom = ChangeRequestOrigin.Client;
            c.DecidedByName = "Dana Kim";
            c.DecidedAtUtc = new DateTime(2026, 11, 24, 1, 0, 0, DateTimeKind.Utc);
            c.DecisionNote = "Not now";
        }), sow: null);

        var fields = spec.Blocks.OfType<FieldsBlock>().Single().Fields.ToDictionary(f => f.Label, f => f.Value);
        fields["SOW version amended"].ShouldBe("No approved SOW yet");
        fields["Scope"].ShouldBe("Within the approved scope");
        fields["Requested by"].ShouldBe("Dana Kim (from the client's scope page)");
        spec.Blocks.OfType<TableBlock>().Single().Rows.Select(r => r[1]).ShouldBe(["+16 hours", "None: within the approved scope", "No change to the timeline", "No (within the approved scope)"]);
        spec.Blocks.OfType<CalloutBlock>().Single().Text.ShouldBe("Rejected by Dana Kim on 24 November 2026 at 10:00 from the client link.\nReason: \"Not now\"");
        spec.Blocks.OfType<SignatureBlock>().Single().Lines[0].Name.ShouldBeNull("a rejection is not a signature");
    }

    [Fact]
    public void Build_InAZeroDecimalCurrency_FormatsTheCostWithoutMinorUnits() =>
        Build(Change(c => { c.Currency = "KRW"; c.ImpactCost = 1_500_000; })).Blocks.OfType<TableBlock>().Single().Rows[1][1].ShouldBe("KRW 1,500,000");

    private static List<string> Paragraphs(DocumentSpec spec) =>
        spec.Blocks.OfType<ParagraphBlock>().Select(p => string.Concat(p.Runs.Select(r => r.Text))).ToList();
}
