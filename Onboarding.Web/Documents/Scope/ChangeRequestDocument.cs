using System.Globalization;
using Onboarding.Domain.Common;
using Onboarding.Domain.Scope;
using Onboarding.Workflows.Questionnaires.Sending;
using Onboarding.Workflows.Scope.ChangeRequests;

namespace Onboarding.Web.Documents.Scope;

/// <summary>
/// The change-request form as a printable document: what is asked and why, its impact on hours, cost and timeline, and
/// the approval block with a signature line for the client and the firm. Once the client decided from their link, the
/// decision (who, when, note) is printed in it. Dates are in the firm's time zone, money in the currency's minor units.
/// </summary>
public static class ChangeRequestDocument
{
    public static DocumentSpec Build(ChangeRequestForm form, FirmBranding firm, QuestionnaireMail dates)
    {
        var c = form.Change;
        return Document.Create($"{c.Reference} {c.Title}", d =>
        {
            d.Header(firm.Logo, firm.FirmName, $"{form.ClientName} · {c.Reference}")
                .Footer($"Change request {c.Reference} · {form.ClientName}")
                .Heading(1, $"Change request {c.Reference}")
                .Paragraph(p => p.Bold(c.Title))
                .Fields(
                    ("Reference", c.Reference),
                    ("Title", c.Title),
                    ("Client", form.ClientName),
                    ("Requested by", c.RaisedFrom == ChangeRequestOrigin.Client ? $"{c.RequestedBy} (from the client's scope page)" : c.RequestedBy),
                    ("Requested on", c.RequestedOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)),
                    ("Priority", c.Priority.ToString()),
                    ("Status", ChangeRequestStatuses.Describe(c.Status)),
                    ("Scope", c.WithinScope ? "Within the approved scope" : "Outside the approved scope"),
                    ("SOW version amended", form.SowLabel is null ? "No approved SOW yet" : $"SOW {form.SowLabel}"))
                .Heading(2, "Description")
                .Paragraph(Or(c.Description, "Not described yet."), Tone(c.Description))
                .Heading(2, "Reason")
                .Paragraph(Or(c.Reason, "No reason given yet."), Tone(c.Reason))
                .Heading(2, "Impact")
                .Table(t => t
                    .Column("Impact on", 2).Column("Change", 3)
                    .Row("Hours", Hours(c))
                    .Row("Cost", c.WithinScope ? "None: within the approved scope" : Money.Format(c.ImpactCost, c.Currency))
                    .Row("Timeline", Timeline(c))
                    .Row("Billable", Billable(c)))
                .Heading(2, "Approval")
                .Paragraph(Meaning(form));
            if (c.DecidedAtUtc is { } decided) d.Callout(Decision(c), DecisionText(c, decided, dates));
            d.Signatures(
                new SignatureLine($"For {form.ClientName}", c.Status is ChangeRequestStatus.Approved or ChangeRequestStatus.Billed ? c.DecidedByName : null,
                    c.Status is ChangeRequestStatus.Approved or ChangeRequestStatus.Billed && c.DecidedAtUtc is { } at ? Day(at, dates) : null),
                new SignatureLine($"For {firm.FirmName}", c.SentForApprovalAtUtc is null ? null : form.AccountManagerName,
                    c.SentForApprovalAtUtc is { } sent ? Day(sent, dates) : null));
        });
    }

    /// <summary>"Approved" or "Rejected" (null before the client decided).</summary>
    public static string Decision(ChangeRequest change) => change.Status == ChangeRequestStatus.Rejected ? "Rejected" : "Approved";

    /// <summary>"Approved by Dana Kim on 24 November 2026 at 09:00 from the client link." and the note on its own line.</summary>
    public static string DecisionText(ChangeRequest change, DateTime decidedUtc, QuestionnaireMail dates) =>
        $"{Decision(change)} by {change.DecidedByName} on {Day(decidedUtc, dates)} at {dates.Time(decidedUtc)} from the client link."
        + (string.IsNullOrWhiteSpace(change.DecisionNote) ? "" : $"\n{(change.Status == ChangeRequestStatus.Rejected ? "Reason" : "Note")}: \"{change.DecisionNote}\"");

    private static string Meaning(ChangeRequestForm form)
    {
        var c = form.Change;
        var amends = form.SowLabel is null ? "the agreed scope" : $"SOW {form.SowLabel}";
        return $"By approving {c.Reference}, {form.ClientName} agrees to the change and its impact above. It then becomes an addendum to {amends}"
               + (ChangeRequestTransitions.IsBillable(c) ? $", and {Money.Format(c.ImpactCost, c.Currency)} is invoiced in addition to the agreed fees." : ".")
               + " Nothing changes until it is approved.";
    }

    private static string Hours(ChangeRequest c) => c.ImpactHours == 0 ? "No extra hours"
        : $"+{c.ImpactHours.ToString("0.##", CultureInfo.InvariantCulture)} {(c.ImpactHours == 1 ? "hour" : "hours")}";

    private static string Timeline(ChangeRequest c) => c.ImpactDays switch
    {
        0 => "No change to the timeline",
        1 => "1 business day later",
        var days => $"{days} business days later",
    };

    private static string Billable(ChangeRequest c) =>
        c.WithinScope ? "No (within the approved scope)" : c.Billable ? "Yes: invoiced once approved" : "No: not invoiced";

    private static string Day(DateTime utc, QuestionnaireMail dates) => dates.LocalDate(utc).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Or(string text, string empty) => string.IsNullOrWhiteSpace(text) ? empty : text;

    private static TextTone Tone(string text) => string.IsNullOrWhiteSpace(text) ? TextTone.Muted : TextTone.Normal;
}
