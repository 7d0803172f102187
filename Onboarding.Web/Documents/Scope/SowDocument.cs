using System.Globalization;
using Onboarding.Domain.Common;
using Onboarding.Domain.Scope;
using Onboarding.Workflows.Questionnaires.Sending;
using Onboarding.Workflows.Scope.Sow;

namespace Onboarding.Web.Documents.Scope;

/// <summary>
/// A statement of work version as a printable document, sections in a fixed order so every SOW reads alike: summary, contacts,
/// goals, deliverables with their limits and value, timeline, assumptions, what is not included, Phase 2 candidates (kept apart
/// from the scope), the change process, payment terms and the acceptance block with the client's approval when there is one.
/// </summary>
public static class SowDocument
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The section headings, in the order they are printed.</summary>
    public static IReadOnlyList<string> Sections { get; } =
    [
        "Summary", "Contacts", "Goals", "Deliverables", "Timeline and milestones", "Assumptions", "Not included (exclusions)",
        "Phase 2 candidates", "Change process", "Payment terms", "Acceptance",
    ];

    public static DocumentSpec Build(SowPrint print, FirmBranding firm, QuestionnaireMail dates)
    {
        var sow = print.Sow;
        var c = sow.Content;
        var currency = Money.IsCurrencyCode(c.Currency) ? c.Currency : "USD";
        return Document.Create($"{c.Title} ({sow.Label})", d =>
        {
            d.Header(firm.Logo, firm.FirmName, $"{print.ClientName} · SOW {sow.Label}")
             .Footer($"Confidential · SOW {sow.Label} · {SowStatuses.Describe(sow.Status)}")
             .Heading(1, string.IsNullOrWhiteSpace(c.Title) ? "Statement of work" : c.Title)
             .Fields(("Client", print.ClientName), ("Prepared by", print.FirmName), ("Version", sow.Label), ("Status", StatusLine(sow, dates)),
                 ("Period", Period(c)), ("Value", $"{Money.Format(c.Value, currency)} ({Number(c.TotalHours)} hours at {Money.Format(c.HourlyRate, currency)} an hour)"));
            Decision(d, sow, dates);

            d.Heading(2, Sections[0]);
            Paragraphs(d, c.Summary, "No summary yet.");

            d.Heading(2, Sections[1]);
            if (c.Contacts.Count == 0) d.Paragraph("No contacts listed.", TextTone.Muted);
            else d.Table(t =>
            {
                t.Column("Name", 2).Column("Role", 2).Column("E-mail", 3);
                foreach (var p in c.Contacts) t.Row(p.Name, p.Role, p.Email ?? "");
            });

            d.Heading(2, Sections[2]);
            List(d, c.Goals, "No goals listed.");

            d.Heading(2, Sections[3]);
            if (c.Deliverables.Count == 0) d.Paragraph("No deliverables listed.", TextTone.Muted);
            else d.Table(t =>
            {
                t.Column("Deliverable", 2.2f).Column("Description", 3.4f).Column("Quantity", 1.4f, CellAlign.Right).Column("Hours", 0.9f, CellAlign.Right).Column("Value", 1.6f, CellAlign.Right);
                foreach (var x in c.Deliverables)
                    t.Row(x.Name, x.Description, $"{Number(x.Quantity)} {x.Unit}".Trim(), Number(x.Hours), Money.Format(x.Hours * c.HourlyRate, currency));
                t.Total("Total", "", "", Number(c.TotalHours), Money.Format(c.Value, currency));
            });

            d.Heading(2, Sections[4]);
            d.Paragraph(Period(c) + ".");
            if (c.Milestones.Count > 0) d.Table(t =>
            {
                t.Column("Milestone", 3).Column("Date", 2).Column("Note", 4);
                foreach (var m in c.Milestones.OrderBy(m => m.Due ?? DateOnly.MaxValue)) t.Row(m.Name, m.Due is { } due ? Day(due) : "To be agreed", m.Note);
            });

            d.Heading(2, Sections[5]);
            List(d, c.Assumptions, "No assumptions listed.");

            d.Heading(2, Sections[6]);
            d.Paragraph($"The following are not part of this scope. Any of them can be added through a change request (see the change process below).");
            List(d, c.Exclusions, "No exclusions listed.");

            d.Heading(2, Sections[7]);
            d.Paragraph(r => r.Bold("Not part of this scope. ").Text($"Services {print.ClientName} showed interest in for a later phase; estimates are indicative and each would be agreed separately."), TextTone.Muted);
            if (c.Phase2.Count == 0) d.Paragraph("None at this time.", TextTone.Muted);
            else d.Table(t =>
            {
                t.Column("Candidate", 3).Column("Note", 4).Column("Estimate", 2, CellAlign.Right);
                foreach (var p in c.Phase2) t.Row(p.Name, p.Note, p.Estimate is { } e ? Money.Format(e, currency) : "To be estimated");
            });

            d.Heading(2, Sections[8]);
            Paragraphs(d, c.ChangeProcess, "No change process written yet.");
            d.Heading(2, Sections[9]);
            Paragraphs(d, c.PaymentTerms, "No payment terms written yet.");
            d.Heading(2, Sections[10]);
            Paragraphs(d, c.Acceptance, "No acceptance wording yet.");
            Signatures(d, print, dates);
        });
    }

    /// <summary>"Approved by Kim Ji-woo on Thursday 3 December 2026, 10:42" (the firm's time zone).</summary>
    public static string StatusLine(SowVersionView sow, QuestionnaireMail dates) => sow.Status switch
    {
        SowStatus.Draft => "Draft, not sent to the client yet",
        SowStatus.Sent => $"Sent for approval to {sow.SentToName} on {Moment(sow.SentAtUtc, dates)}",
        SowStatus.ChangesRequested => $"Changes requested by {sow.DecidedByName} on {Moment(sow.DecidedAtUtc, dates)}",
        SowStatus.Approved => $"Approved by {sow.DecidedByName} on {Moment(sow.DecidedAtUtc, dates)}",
        _ => sow.WasApproved ? $"Superseded (approved by {sow.DecidedByName} on {Moment(sow.DecidedAtUtc, dates)})" : "Superseded by a later version",
    };

    /// <summary>A moment with its year, in the firm's time zone: "Thursday 3 December 2026, 10:42".</summary>
    public static string Moment(DateTime? utc, QuestionnaireMail dates) =>
        utc is { } at ? $"{dates.LocalDate(at).ToString("dddd d MMMM yyyy", Inv)}, {dates.Time(at)}" : "";

    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", Inv);

    public static string Number(decimal value) => value.ToString("#,0.##", Inv);

    public static string Period(SowContent c) => (c.StartDate, c.EndDate) switch
    {
        ({ } s, { } e) => $"From {Day(s)} to {Day(e)}",
        ({ } s, null) => $"From {Day(s)}, end date to be agreed",
        _ => "Dates to be agreed",
    };

    private static void Decision(Document d, SowVersionView sow, QuestionnaireMail dates)
    {
        // An approval is printed at the acceptance block, where it is signed.
        if (sow.Status == SowStatus.ChangesRequested) d.Callout($"Changes requested by {sow.DecidedByName}", $"On {Moment(sow.DecidedAtUtc, dates)}: \"{sow.ChangesRequested}\"");
        else if (sow.Status == SowStatus.Superseded) d.Callout("Superseded", "A later version replaced this one; it is kept for the record.");
    }

    private static void Signatures(Document d, SowPrint print, QuestionnaireMail dates)
    {
        var sow = print.Sow;
        var client = sow.WasApproved
            ? new SignatureLine($"For {print.ClientName}", sow.DecidedByName, Moment(sow.DecidedAtUtc, dates))
            : new SignatureLine($"For {print.ClientName}: name and date");
        d.Space().Signatures(client, new SignatureLine($"For {print.FirmName}", print.AccountManagerName, sow.SentAtUtc is null ? null : Moment(sow.SentAtUtc, dates)));
        if (sow.WasApproved) d.Callout("Approved from the client link", $"Approved by {sow.DecidedByName} on {Moment(sow.DecidedAtUtc, dates)} from the client link.");
    }

    private static void Paragraphs(Document d, string text, string whenEmpty)
    {
        var parts = (text ?? "").Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0) d.Paragraph(whenEmpty, TextTone.Muted);
        foreach (var part in parts) d.Paragraph(part.ReplaceLineEndings(" "));
    }

    private static void List(Document d, IReadOnlyList<string> items, string whenEmpty)
    {
        var filled = items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).ToList();
        if (filled.Count == 0) d.Paragraph(whenEmpty, TextTone.Muted);
        else d.Bullets(filled);
    }
}
