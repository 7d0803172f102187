using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Scope;

namespace Onboarding.Workflows.Scope.CheckIns;

public enum ScopeLineKind { Deliverable, Addendum }

/// <summary>
/// One line check-ins measure: a deliverable of the approved SOW (quantity and hours), or an approved change request's
/// addendum (hours only). <see cref="Key"/> is stable across check-ins: the deliverable's name, or the change request's id.
/// </summary>
public sealed record ScopeLine(string Key, ScopeLineKind Kind, string Name, string Unit, decimal QuantityPlanned, decimal HoursBudgeted, Guid? ChangeRequestId = null)
{
    public static string DeliverableKey(string name) => "d:" + name;

    public static string AddendumKey(Guid changeRequestId) => "cr:" + changeRequestId.ToString("N");

    public bool HasQuantity => Kind == ScopeLineKind.Deliverable;

    /// <summary>The delivered numbers of this line in a check-in, if it has them.</summary>
    public DeliveredWork? FindIn(IEnumerable<DeliveredWork> delivered) => ChangeRequestId is { } id
        ? delivered.FirstOrDefault(d => d.ChangeRequestId == id)
        : delivered.FirstOrDefault(d => d.ChangeRequestId is null && d.Deliverable == Name);
}

/// <summary>An approved (or billed) change request: an addendum to the scope.</summary>
public sealed record ApprovedAddendum(Guid Id, string Reference, string Title, decimal Hours, decimal Cost, string Currency, ChangeRequestStatus Status);

/// <summary>
/// What check-ins measure against: the approved SOW version and the addenda approved on it. Change requests raised
/// against this version (or before any was approved) count; ones raised on an older version are assumed folded into the new one.
/// </summary>
public sealed record ApprovedScope(Guid SowId, int Version, DateTime? ApprovedAtUtc, string? ApprovedBy, SowContent Content, IReadOnlyList<ApprovedAddendum> Addenda)
{
    public string Label => $"v{Version}";

    public string Currency => Content.Currency;

    public decimal SowHours => Content.TotalHours;

    public decimal SowValue => Content.Value;

    public decimal AddendaHours => Addenda.Sum(a => a.Hours);

    /// <summary>Addenda priced in the SOW's currency (another currency cannot be added up with it).</summary>
    public decimal AddendaValue => Money.Round(Addenda.Where(a => string.Equals(a.Currency, Currency, StringComparison.OrdinalIgnoreCase)).Sum(a => a.Cost), Currency);

    public decimal TotalHours => SowHours + AddendaHours;

    public decimal TotalValue => SowValue + AddendaValue;

    /// <summary>The SOW's deliverables, then one line per addendum that adds hours.</summary>
    public IReadOnlyList<ScopeLine> Lines { get; } = BuildLines(Content, Addenda);

    private static List<ScopeLine> BuildLines(SowContent content, IReadOnlyList<ApprovedAddendum> addenda)
    {
        var lines = new List<ScopeLine>();
        foreach (var d in content.Deliverables)
        {
            // Two deliverables with one name would share their delivered numbers: the second is measured as part of the first.
            if (lines.Any(l => l.Name == d.Name)) continue;
            lines.Add(new ScopeLine(ScopeLine.DeliverableKey(d.Name), ScopeLineKind.Deliverable, d.Name, d.Unit, d.Quantity,
                content.Deliverables.Where(x => x.Name == d.Name).Sum(x => x.Hours)));
        }
        lines.AddRange(addenda.Where(a => a.Hours > 0).Select(a =>
            new ScopeLine(ScopeLine.AddendumKey(a.Id), ScopeLineKind.Addendum, $"{a.Reference} {a.Title}", "h", 0, a.Hours, a.Id)));
        return lines;
    }

    public const string NotApprovedMessage = "Check-ins measure delivered work against the approved statement of work; get the SOW approved first.";

    /// <summary>The newest approved SOW version of the onboarding and its addenda; null while none is approved.</summary>
    public static async Task<ApprovedScope?> ReadAsync(OnboardingDbContext db, Guid onboardingId, CancellationToken ct)
    {
        var sow = await db.StatementsOfWork.AsNoTracking()
            .Where(s => s.OnboardingId == onboardingId && s.Status == SowStatus.Approved)
            .OrderByDescending(s => s.Version).FirstOrDefaultAsync(ct);
        if (sow is null) return null;
        var addenda = await db.ChangeRequests.AsNoTracking()
            .Where(c => c.OnboardingId == onboardingId && (c.Status == ChangeRequestStatus.Approved || c.Status == ChangeRequestStatus.Billed)
                        && (c.StatementOfWorkId == sow.Id || c.StatementOfWorkId == null))
            .OrderBy(c => c.Number).ToListAsync(ct);
        return new ApprovedScope(sow.Id, sow.Version, sow.DecidedAtUtc, sow.DecidedByName, sow.ReadContent(),
            [.. addenda.Select(c => new ApprovedAddendum(c.Id, c.Reference, c.Title, c.ImpactHours, c.ImpactCost, c.Currency, c.Status))]);
    }
}
