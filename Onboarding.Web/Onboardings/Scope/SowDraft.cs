using Onboarding.Domain.Scope;

namespace Onboarding.Web.Onboardings.Scope;

/// <summary>
/// A statement of work draft as the editor holds it: mutable rows the form binds to, turned back into the immutable
/// <see cref="SowContent"/> to check, preview and save. Lists of text are rows too, so each line binds by reference.
/// </summary>
public sealed class SowDraft
{
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Currency { get; set; } = "USD";
    public decimal HourlyRate { get; set; }
    public DateTime? Start { get; set; }
    public DateTime? End { get; set; }
    public List<ContactRow> Contacts { get; } = [];
    public List<TextRow> Goals { get; } = [];
    public List<DeliverableRow> Deliverables { get; } = [];
    public List<MilestoneRow> Milestones { get; } = [];
    public List<TextRow> Assumptions { get; } = [];
    public List<TextRow> Exclusions { get; } = [];
    public List<Phase2Row> Phase2 { get; } = [];
    public string ChangeProcess { get; set; } = "";
    public string PaymentTerms { get; set; } = "";
    public string Acceptance { get; set; } = "";

    public static SowDraft From(SowContent c)
    {
        var draft = new SowDraft
        {
            Title = c.Title, Summary = c.Summary, Currency = c.Currency, HourlyRate = c.HourlyRate,
            Start = c.StartDate?.ToDateTime(TimeOnly.MinValue), End = c.EndDate?.ToDateTime(TimeOnly.MinValue),
            ChangeProcess = c.ChangeProcess, PaymentTerms = c.PaymentTerms, Acceptance = c.Acceptance,
        };
        draft.Contacts.AddRange(c.Contacts.Select(x => new ContactRow { Name = x.Name, Role = x.Role, Email = x.Email ?? "" }));
        draft.Goals.AddRange(c.Goals.Select(TextRow.Of));
        draft.Deliverables.AddRange(c.Deliverables.Select(x => new DeliverableRow { Name = x.Name, Description = x.Description, Quantity = x.Quantity, Unit = x.Unit, Hours = x.Hours }));
        draft.Milestones.AddRange(c.Milestones.Select(x => new MilestoneRow { Name = x.Name, Due = x.Due?.ToDateTime(TimeOnly.MinValue), Note = x.Note }));
        draft.Assumptions.AddRange(c.Assumptions.Select(TextRow.Of));
        draft.Exclusions.AddRange(c.Exclusions.Select(TextRow.Of));
        draft.Phase2.AddRange(c.Phase2.Select(x => new Phase2Row { Name = x.Name, Note = x.Note, Estimate = x.Estimate }));
        return draft;
    }

    public SowContent ToContent() => new()
    {
        Title = T(Title), Summary = T(Summary), Currency = T(Currency).ToUpperInvariant(), HourlyRate = HourlyRate,
        StartDate = Day(Start), EndDate = Day(End),
        Contacts = Contacts.Select(x => new SowContact(T(x.Name), T(x.Role), string.IsNullOrWhiteSpace(x.Email) ? null : x.Email.Trim())).ToList(),
        Goals = Texts(Goals),
        Deliverables = Deliverables.Select(x => new SowDeliverable(T(x.Name), T(x.Description), x.Quantity, T(x.Unit), x.Hours)).ToList(),
        Milestones = Milestones.Select(x => new SowMilestone(T(x.Name), Day(x.Due), T(x.Note))).ToList(),
        Assumptions = Texts(Assumptions),
        Exclusions = Texts(Exclusions),
        Phase2 = Phase2.Select(x => new SowPhase2Item(T(x.Name), T(x.Note), x.Estimate)).ToList(),
        ChangeProcess = T(ChangeProcess), PaymentTerms = T(PaymentTerms), Acceptance = T(Acceptance),
    };

    /// <summary>Moves the row at <paramref name="index"/> up (-1) or down (+1); nothing at the ends.</summary>
    public static void Move<T>(List<T> rows, int index, int by)
    {
        var to = index + by;
        if (index < 0 || index >= rows.Count || to < 0 || to >= rows.Count) return;
        (rows[index], rows[to]) = (rows[to], rows[index]);
    }

    private static string T(string? text) => (text ?? "").Trim();

    private static DateOnly? Day(DateTime? value) => value is { } v ? DateOnly.FromDateTime(v) : null;

    // Blank lines the editor shows while someone types are not part of the SOW.
    private static List<string> Texts(List<TextRow> rows) => rows.Select(r => T(r.Text)).Where(t => t.Length > 0).ToList();
}

public sealed class TextRow
{
    public string Text { get; set; } = "";

    public static TextRow Of(string text) => new() { Text = text };
}

public sealed class ContactRow
{
    public string Name { get; set; } = "";
    public string Role { get; set; } = "";
    public string Email { get; set; } = "";
}

public sealed class DeliverableRow
{
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public decimal Quantity { get; set; } = 1;
    public string Unit { get; set; } = "";
    public decimal Hours { get; set; }
}

public sealed class MilestoneRow
{
    public string Name { get; set; } = "";
    public DateTime? Due { get; set; }
    public string Note { get; set; } = "";
}

public sealed class Phase2Row
{
    public string Name { get; set; } = "";
    public string Note { get; set; } = "";
    public decimal? Estimate { get; set; }
}
