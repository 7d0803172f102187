using System.Globalization;
using Onboarding.Domain.Common;
using Onboarding.Domain.Scope;

namespace Onboarding.Workflows.Scope.Sow;

/// <summary>The parts of a statement of work, in the document's order; a problem names the part to fix.</summary>
public enum SowPart { Title, Terms, Contacts, Goals, Deliverables, Milestones, Assumptions, Exclusions, Phase2, ChangeProcess, PaymentTerms, Acceptance }

/// <summary>One thing to fix before a version can be sent. <see cref="BlocksSaving"/>: over a size limit, so not even a draft keeps it.</summary>
public sealed record SowProblem(SowPart Part, string Message, bool BlocksSaving = false);

/// <summary>
/// What a statement of work needs before the client sees it: explicit limits (deliverables with quantities and hours, and at
/// least one exclusion), a valid currency and period, milestones inside it. A draft may be incomplete and is saved with
/// problems; only size limits refuse a save.
/// </summary>
public static class SowRules
{
    public const int MaxTitle = 200, MaxName = 200, MaxUnit = 40, MaxRole = 100, MaxEmail = 256;
    public const int MaxItem = 1000, MaxDescription = 2000, MaxLongText = 4000;
    public const int MaxContacts = 30, MaxListItems = 50, MaxDeliverables = 100, MaxMilestones = 50, MaxPhase2 = 30;
    public const decimal MaxQuantity = 10_000, MaxHours = 10_000, MaxRate = 1_000_000;

    public static IReadOnlyList<SowProblem> Problems(SowContent content)
    {
        var problems = new List<SowProblem>();
        void Add(SowPart part, string message) => problems.Add(new(part, message));
        if (string.IsNullOrWhiteSpace(content.Title)) Add(SowPart.Title, "Title: give the statement of work a title.");
        if (!Money.IsCurrencyCode(content.Currency)) Add(SowPart.Terms, "Currency: use a three-letter code such as USD, EUR or GBP.");
        if (content.HourlyRate < 0) Add(SowPart.Terms, "Hourly rate: it cannot be negative (use 0 for work not charged by the hour).");
        if (content.StartDate is null) Add(SowPart.Terms, "Start date: set the day the work starts.");
        if (content.EndDate is null) Add(SowPart.Terms, "End date: set the day the work ends.");
        else if (content.StartDate is { } start && content.EndDate <= start) Add(SowPart.Terms, "End date: it must be after the start date.");
        DeliverableProblems(content, Add);
        if (content.Exclusions.All(string.IsNullOrWhiteSpace))
            Add(SowPart.Exclusions, "Not included: list at least one thing that is not part of this scope (the suggestions are a start).");
        MilestoneProblems(content, Add);
        problems.AddRange(SizeProblems(content));
        return problems;
    }

    /// <summary>Content over the size limits: refused even as a draft.</summary>
    public static IReadOnlyList<SowProblem> SizeProblems(SowContent content)
    {
        var problems = new List<SowProblem>();
        void Text(SowPart part, string label, string? value, int max)
        {
            if ((value?.Length ?? 0) > max) problems.Add(new(part, $"{label}: keep it under {N(max)} characters.", true));
        }
        void Count(SowPart part, string label, int count, int max)
        {
            if (count > max) problems.Add(new(part, $"{label}: at most {max} entries (there are {count}).", true));
        }
        Text(SowPart.Title, "Title", content.Title, MaxTitle);
        Text(SowPart.Title, "Summary", content.Summary, MaxLongText);
        if (content.HourlyRate > MaxRate) problems.Add(new(SowPart.Terms, $"Hourly rate: at most {N(MaxRate)}.", true));
        Count(SowPart.Contacts, "Contacts", content.Contacts.Count, MaxContacts);
        foreach (var c in content.Contacts)
        {
            Text(SowPart.Contacts, "Contact name", c.Name, MaxName);
            Text(SowPart.Contacts, "Contact role", c.Role, MaxRole);
            Text(SowPart.Contacts, "Contact e-mail", c.Email, MaxEmail);
        }
        Count(SowPart.Goals, "Goals", content.Goals.Count, MaxListItems);
        foreach (var goal in content.Goals) Text(SowPart.Goals, "A goal", goal, MaxItem);
        Count(SowPart.Deliverables, "Deliverables", content.Deliverables.Count, MaxDeliverables);
        foreach (var d in content.Deliverables)
        {
            Text(SowPart.Deliverables, "Deliverable name", d.Name, MaxName);
            Text(SowPart.Deliverables, "Deliverable description", d.Description, MaxDescription);
            Text(SowPart.Deliverables, "Deliverable unit", d.Unit, MaxUnit);
            if (Math.Abs(d.Quantity) > MaxQuantity) problems.Add(new(SowPart.Deliverables, $"{Named(d.Name)}: the quantity can be at most {N(MaxQuantity)}.", true));
            if (Math.Abs(d.Hours) > MaxHours) problems.Add(new(SowPart.Deliverables, $"{Named(d.Name)}: the hours can be at most {N(MaxHours)}.", true));
        }
        Count(SowPart.Milestones, "Milestones", content.Milestones.Count, MaxMilestones);
        foreach (var m in content.Milestones)
        {
            Text(SowPart.Milestones, "Milestone name", m.Name, MaxName);
            Text(SowPart.Milestones, "Milestone note", m.Note, MaxItem);
        }
        Count(SowPart.Assumptions, "Assumptions", content.Assumptions.Count, MaxListItems);
        foreach (var a in content.Assumptions) Text(SowPart.Assumptions, "An assumption", a, MaxItem);
        Count(SowPart.Exclusions, "Not included", content.Exclusions.Count, MaxListItems);
        foreach (var e in content.Exclusions) Text(SowPart.Exclusions, "An exclusion", e, MaxItem);
        Count(SowPart.Phase2, "Phase 2 candidates", content.Phase2.Count, MaxPhase2);
        foreach (var p in content.Phase2)
        {
            Text(SowPart.Phase2, "Phase 2 name", p.Name, MaxName);
            Text(SowPart.Phase2, "Phase 2 note", p.Note, MaxItem);
            if (p.Estimate is < 0 or > MaxRate * MaxHours) problems.Add(new(SowPart.Phase2, $"{Named(p.Name, "A Phase 2 candidate")}: the estimate must be between 0 and {N(MaxRate * MaxHours)}.", true));
        }
        Text(SowPart.ChangeProcess, "Change process", content.ChangeProcess, MaxLongText);
        Text(SowPart.PaymentTerms, "Payment terms", content.PaymentTerms, MaxLongText);
        Text(SowPart.Acceptance, "Acceptance", content.Acceptance, MaxLongText);
        return problems;
    }

    /// <summary>Refuses content over the size limits (what a save checks).</summary>
    public static void EnsureWithinLimits(SowContent content)
    {
        var tooBig = SizeProblems(content);
        if (tooBig.Count > 0) throw new DomainException("This draft cannot be saved: " + string.Join(" ", tooBig.Select(p => p.Message)));
    }

    private static void DeliverableProblems(SowContent content, Action<SowPart, string> add)
    {
        if (content.Deliverables.Count == 0)
        {
            add(SowPart.Deliverables, "Deliverables: add at least one, with its quantity, unit and hours.");
            return;
        }
        for (var i = 0; i < content.Deliverables.Count; i++)
        {
            var d = content.Deliverables[i];
            var label = string.IsNullOrWhiteSpace(d.Name) ? $"Deliverable {i + 1}" : $"\"{d.Name.Trim()}\"";
            if (string.IsNullOrWhiteSpace(d.Name)) add(SowPart.Deliverables, $"{label}: give it a name.");
            if (d.Quantity <= 0) add(SowPart.Deliverables, $"{label}: set a quantity above 0 (how many the client gets).");
            if (string.IsNullOrWhiteSpace(d.Unit)) add(SowPart.Deliverables, $"{label}: say what the quantity counts (pages, articles, reports...).");
            if (d.Hours <= 0) add(SowPart.Deliverables, $"{label}: budget its hours (above 0).");
        }
        foreach (var duplicate in content.Deliverables.Where(d => !string.IsNullOrWhiteSpace(d.Name))
                     .GroupBy(d => d.Name.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            add(SowPart.Deliverables, $"\"{duplicate.Key}\" is listed {duplicate.Count()} times: merge them or name each one apart.");
    }

    private static void MilestoneProblems(SowContent content, Action<SowPart, string> add)
    {
        for (var i = 0; i < content.Milestones.Count; i++)
        {
            var m = content.Milestones[i];
            var label = string.IsNullOrWhiteSpace(m.Name) ? $"Milestone {i + 1}" : $"Milestone \"{m.Name.Trim()}\"";
            if (string.IsNullOrWhiteSpace(m.Name)) add(SowPart.Milestones, $"{label}: give it a name.");
            if (m.Due is not { } due) add(SowPart.Milestones, $"{label}: set its date.");
            else if (due < content.StartDate || due > content.EndDate)
                add(SowPart.Milestones, $"{label}: its date {due.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} is outside the period of the work; move it or change the dates.");
        }
    }

    private static string Named(string? name, string unnamed = "A deliverable") => string.IsNullOrWhiteSpace(name) ? unnamed : $"\"{name.Trim()}\"";

    private static string N(decimal value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
