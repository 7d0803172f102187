using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Onboarding.Domain.Scope;

namespace Onboarding.Workflows.Scope.CheckIns;

/// <summary>The days a check-in may be held on: not in the future, not before the onboarding, not before the check-in it follows.</summary>
public sealed record CheckInDates(DateOnly Today, DateOnly OnboardingStart, DateOnly? PreviousHeldOn);

/// <summary>What a check-in needs before it is saved; each problem names its field (<c>Lines[2].HoursUsed</c> for a line's).</summary>
public static class CheckInRules
{
    public const int MaxNotes = 4000;
    public const decimal MaxQuantity = 100_000;
    public const decimal MaxHours = 100_000;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static List<ValidationResult> Problems(CheckInDraft draft, ApprovedScope scope, CheckInDates dates)
    {
        var errors = new List<ValidationResult>();
        void Add(string message, string field) => errors.Add(new ValidationResult(message, [field]));

        if (draft.HeldOn is not { } held) Add("Choose the day the check-in was held.", nameof(CheckInDraft.HeldOn));
        else if (held > dates.Today)
            Add($"{Day(held)} is in the future (today is {Day(dates.Today)} in the firm's time zone). Record a check-in once it has been held.", nameof(CheckInDraft.HeldOn));
        else if (held < dates.OnboardingStart)
            Add($"The onboarding started on {Day(dates.OnboardingStart)}; a check-in cannot be held before that.", nameof(CheckInDraft.HeldOn));
        else if (dates.PreviousHeldOn is { } previous && held < previous)
            Add($"The check-in before this one was held on {Day(previous)}. The numbers add up over time, so choose that day or a later one.", nameof(CheckInDraft.HeldOn));

        if (draft.Health is null) Add("Choose how the scope stands: on track, at risk or over scope.", nameof(CheckInDraft.Health));
        var notes = draft.Notes?.Trim() ?? "";
        if (notes.Length > MaxNotes) Add($"Keep the notes under {MaxNotes:N0} characters ({notes.Length:N0} now): what was delivered, the blockers, what comes next.", nameof(CheckInDraft.Notes));
        else if (notes.Length == 0 && draft.Health is ScopeHealth.AtRisk or ScopeHealth.OverScope)
            Add($"Say why the scope is {ScopeHealthAdvisor.Describe(draft.Health.Value).ToLowerInvariant()} and what happens next (a change request, a talk with the client...).", nameof(CheckInDraft.Notes));

        var lines = scope.Lines.ToDictionary(l => l.Key);
        var seen = new HashSet<string>();
        for (var i = 0; i < draft.Lines.Count; i++)
        {
            var line = draft.Lines[i];
            if (!lines.TryGetValue(line.Key, out var known))
            {
                Add($"'{Shown(line.Key)}' is not a deliverable of the approved SOW {scope.Label} nor an approved change request. Reload the check-in form to get the current scope.", nameof(CheckInDraft.Lines));
                continue;
            }
            if (!seen.Add(line.Key))
            {
                Add($"'{known.Name}' is listed twice. Enter its numbers once.", nameof(CheckInDraft.Lines));
                continue;
            }
            if (known.HasQuantity) Check(line.QuantityDelivered, MaxQuantity, known.Name, $"{known.Unit} delivered", $"Lines[{i}].{nameof(CheckInLineDraft.QuantityDelivered)}", Add);
            else if (line.QuantityDelivered is not (null or 0))
                Add($"{known.Name} is a change request: record only the hours used on it.", $"Lines[{i}].{nameof(CheckInLineDraft.QuantityDelivered)}");
            Check(line.HoursUsed, MaxHours, known.Name, "hours used", $"Lines[{i}].{nameof(CheckInLineDraft.HoursUsed)}", Add);
        }
        return errors;
    }

    private static void Check(decimal? value, decimal max, string line, string what, string field, Action<string, string> add)
    {
        if (value is not { } v) add($"{line}: enter the {what} so far (0 if none).", field);
        else if (v < 0) add($"{line}: the {what} cannot be negative; enter the total so far, 0 or more.", field);
        else if (v > max) add($"{line}: {v.ToString("#,0.##", Inv)} is more than this form takes (at most {max.ToString("#,0", Inv)}).", field);
        else if (decimal.Round(v, 2) != v) add($"{line}: use at most two decimals for the {what} ({decimal.Round(v, 2).ToString("0.##", Inv)}).", field);
    }

    private static string Shown(string key) => key.StartsWith("d:", StringComparison.Ordinal) ? key[2..] : key;

    public static string Day(DateOnly day) => day.ToString("ddd d MMM yyyy", Inv);
}
