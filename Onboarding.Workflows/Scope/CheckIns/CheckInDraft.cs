using Onboarding.Domain.Scope;

namespace Onboarding.Workflows.Scope.CheckIns;

/// <summary>A check-in as the form holds it: cumulative numbers per scope line, prefilled from the previous check-in.</summary>
public sealed class CheckInDraft
{
    /// <summary>The day it was held (in the firm's calendar).</summary>
    public DateOnly? HeldOn { get; set; }

    public ScopeHealth? Health { get; set; }

    /// <summary>What was delivered since the last check-in, blockers, what comes next.</summary>
    public string? Notes { get; set; }

    public List<CheckInLineDraft> Lines { get; set; } = [];

    /// <summary>
    /// New check-in: the latest check-in when the form was loaded (null when there was none). Correction: the check-in
    /// corrected. Either way a save based on something that changed since is refused rather than silently overwriting.
    /// </summary>
    public Guid? BasedOnCheckInId { get; set; }

    /// <summary>Correction only: the corrected check-in's content when loaded (<see cref="CheckInDrafts.Fingerprint"/>).</summary>
    public string? BasedOnFingerprint { get; set; }
}

/// <summary>The numbers so far on one scope line (<see cref="ScopeLine.Key"/>).</summary>
public sealed class CheckInLineDraft
{
    public string Key { get; set; } = "";

    public decimal? QuantityDelivered { get; set; }

    public decimal? HoursUsed { get; set; }
}

public static class CheckInDrafts
{
    /// <summary>A new check-in held today with the previous check-in's numbers (0 for a line it did not have) and the health they suggest.</summary>
    public static CheckInDraft New(ApprovedScope scope, Guid? previousId, IReadOnlyList<DeliveredWork> previous, DateOnly today)
    {
        var lines = scope.Lines.Select(l => Line(l, l.FindIn(previous))).ToList();
        return new CheckInDraft
        {
            HeldOn = today,
            Health = ScopeHealthAdvisor.Suggest(scope.Lines, Delivered(scope, lines)).Health,
            Notes = "",
            Lines = lines,
            BasedOnCheckInId = previousId,
        };
    }

    /// <summary>The form for correcting a check-in: its own values.</summary>
    public static CheckInDraft Correction(ApprovedScope scope, CheckInEntry checkIn) => new()
    {
        HeldOn = checkIn.HeldOn,
        Health = checkIn.Health,
        Notes = checkIn.Notes,
        Lines = [.. scope.Lines.Select(l => Line(l, l.FindIn(checkIn.Delivered)))],
        BasedOnCheckInId = checkIn.Id,
        BasedOnFingerprint = checkIn.Fingerprint,
    };

    /// <summary>The check-in's content as saved, to tell whether someone changed it after a form was loaded.</summary>
    public static string Fingerprint(ScopeCheckIn checkIn) => $"{checkIn.HeldOn:yyyy-MM-dd}|{checkIn.Health}|{checkIn.Notes}|{checkIn.DeliveredJson}";

    /// <summary>
    /// The draft's numbers per scope line, in the scope's order. A line the draft leaves out (an addendum approved while the
    /// form was open) keeps the previous check-in's numbers, as the form would have prefilled them.
    /// </summary>
    public static IReadOnlyList<DeliveredWork> Delivered(ApprovedScope scope, IEnumerable<CheckInLineDraft> lines, IReadOnlyList<DeliveredWork>? previous = null)
    {
        var byKey = lines.GroupBy(l => l.Key).ToDictionary(g => g.Key, g => g.First());
        return [.. scope.Lines.Select(l => byKey.TryGetValue(l.Key, out var d)
            ? new DeliveredWork(l.Name, l.HasQuantity ? d.QuantityDelivered ?? 0 : 0, d.HoursUsed ?? 0, l.ChangeRequestId)
            : new DeliveredWork(l.Name, l.FindIn(previous ?? [])?.QuantityDelivered ?? 0, l.FindIn(previous ?? [])?.HoursUsed ?? 0, l.ChangeRequestId))];
    }

    private static CheckInLineDraft Line(ScopeLine line, DeliveredWork? done) => new()
    {
        Key = line.Key,
        QuantityDelivered = line.HasQuantity ? done?.QuantityDelivered ?? 0 : null,
        HoursUsed = done?.HoursUsed ?? 0,
    };
}
