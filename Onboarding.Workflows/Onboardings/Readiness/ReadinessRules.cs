using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Onboarding.Domain.Common;

namespace Onboarding.Workflows.Onboardings.Readiness;

/// <summary>
/// The rules the readiness records must pass, as field errors (member names match the drafts). Each message
/// says what to write instead. The data annotations on the drafts are checked first.
/// </summary>
public static partial class ReadinessRules
{
    /// <summary>Goals further out than this are ambitions, not onboarding goals.</summary>
    public const int MaxGoalYearsAhead = 3;

    public const int MinResponseHours = 1;

    /// <summary>A week: a slower answer is no agreement at all.</summary>
    public const int MaxResponseHours = 168;

    public const int MinUrgentPathLength = 10;

    private const string MeasurableExample = "A measurable goal names what is counted, where it stands and where it should be, e.g. \"Organic sessions a month\" from \"4,200\" to \"6,000\" by a date.";

    /// <summary>Words that state a wish, not a measure.</summary>
    private static readonly HashSet<string> VagueWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "more", "better", "improve", "improved", "improves", "improving", "improvement", "increase", "increased", "boost", "higher", "lower", "less", "fewer", "best", "good", "great", "lots",
    };

    public static List<ValidationResult> GoalProblems(GoalDraft draft, DateOnly startDate, DateOnly today)
    {
        var errors = DraftValidation.Validate(draft);
        if (Vague(draft.Metric) is { } word)
        {
            Add(errors, $"\"{word}\" says which way to go, not what to measure. {MeasurableExample}", nameof(draft.Metric));
        }
        var baselineMissing = NumberProblem(draft.Baseline, "baseline", "where the metric stands today, e.g. \"4,200 sessions\" or \"2.1%\"", errors, nameof(draft.Baseline));
        var targetMissing = NumberProblem(draft.Target, "target", "where it should be, e.g. \"6,000 sessions\", \"3.5%\" or \"£12k\"", errors, nameof(draft.Target));
        if (!baselineMissing && !targetMissing && Normalized(draft.Baseline!) == Normalized(draft.Target!))
        {
            Add(errors, "The target equals the baseline, so there is nothing to achieve. Set the target the client wants to reach.", nameof(draft.Target));
        }
        if (draft.TargetDate is { } due)
        {
            var date = DateOnly.FromDateTime(due);
            if (date <= startDate) Add(errors, $"The target date must be after the onboarding's start date ({startDate:d MMM yyyy}). Choose a later date.", nameof(draft.TargetDate));
            else if (date > today.AddYears(MaxGoalYearsAhead)) Add(errors, $"The target date is more than {MaxGoalYearsAhead} years ahead. Choose a nearer milestone the team can report on.", nameof(draft.TargetDate));
        }
        return errors;
    }

    public static List<ValidationResult> CommunicationPlanProblems(CommunicationPlanDraft draft)
    {
        var errors = DraftValidation.Validate(draft);
        if (draft.ResponseTimeHours is { } hours && (hours < MinResponseHours || hours > MaxResponseHours))
        {
            Add(errors, $"Give the response time as {MinResponseHours} to {MaxResponseHours} business hours (168 is a week).", nameof(draft.ResponseTimeHours));
        }
        if (!string.IsNullOrWhiteSpace(draft.UrgentPath) && draft.UrgentPath.Trim().Length < MinUrgentPathLength)
        {
            Add(errors, "Say who to contact and how when something is urgent, e.g. \"Call Alex on +44 20 7946 0018\".", nameof(draft.UrgentPath));
        }
        return errors;
    }

    public static List<ValidationResult> ReportingPlanProblems(ReportingPlanDraft draft, DateOnly startDate)
    {
        var errors = DraftValidation.Validate(draft);
        if (draft.FirstReportDate is { } first && DateOnly.FromDateTime(first) < startDate)
        {
            Add(errors, $"The first report cannot come before the onboarding starts ({startDate:d MMM yyyy}). Choose that date or a later one.", nameof(draft.FirstReportDate));
        }
        return errors;
    }

    public static List<ValidationResult> BrandGuidelinesProblems(BrandGuidelinesDraft draft, DateOnly today)
    {
        var errors = DraftValidation.Validate(draft);
        if (draft.ReceivedOn is { } received && DateOnly.FromDateTime(received) > today)
        {
            Add(errors, "The received date is in the future. Record the guidelines once they have arrived.", nameof(draft.ReceivedOn));
        }
        return errors;
    }

    /// <summary>The KPIs, one per non-empty line, trimmed.</summary>
    public static IReadOnlyList<string> KpiLines(string? kpis) =>
        (kpis ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    /// <summary>Adds a problem when the value has no number; true when there was one (missing values are left to the data annotations).</summary>
    private static bool NumberProblem(string? value, string field, string example, List<ValidationResult> errors, string member)
    {
        if (string.IsNullOrWhiteSpace(value)) return true;
        if (Digit().IsMatch(value)) return false;
        var why = Vague(value) is { } word ? $"\"{word}\" is a direction, not a {field}. " : $"The {field} needs a number. ";
        Add(errors, $"{why}Give {example}.", member);
        return true;
    }

    private static string? Vague(string? text) =>
        text is null ? null : Words().Matches(text).Select(m => m.Value).FirstOrDefault(VagueWords.Contains);

    /// <summary>"4,200 Sessions" and "4200 sessions" are the same value.</summary>
    private static string Normalized(string value) => Spacing().Replace(value, "").Replace(",", "", StringComparison.Ordinal).ToLowerInvariant();

    private static void Add(List<ValidationResult> errors, string message, string member) => errors.Add(new(message, [member]));

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    [GeneratedRegex(@"[\p{L}]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spacing();
}
