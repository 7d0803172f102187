using System.ComponentModel.DataAnnotations;

namespace Onboarding.Workflows.Onboardings.Kickoff;

/// <summary>What a kickoff meeting needs before it is saved; each problem names its field.</summary>
public static class KickoffRules
{
    public const int MinDurationMinutes = 15;
    public const int MaxDurationMinutes = 480;
    private static readonly EmailAddressAttribute EmailFormat = new();

    public static List<ValidationResult> Problems(KickoffDraft draft)
    {
        var errors = new List<ValidationResult>();
        void Add(string message, string field) => errors.Add(new ValidationResult(message, [field]));

        if (draft.Date is null) Add("Choose the meeting date.", nameof(KickoffDraft.Date));
        if (draft.Time is null) Add("Choose the start time, as the client's clock shows it.", nameof(KickoffDraft.Time));
        var zone = KickoffTimes.Find(draft.TimeZoneId);
        if (zone is null) Add($"'{draft.TimeZoneId}' is not a time zone this server knows. Pick one from the list (for example Europe/London).", nameof(KickoffDraft.TimeZoneId));
        else if (draft is { Date: { } date, Time: { } time } && KickoffTimes.Problem(date.ToDateTime(time), zone) is { } timeProblem)
            Add(timeProblem, nameof(KickoffDraft.Time));
        if (draft.DurationMinutes is < MinDurationMinutes or > MaxDurationMinutes)
            Add($"The meeting lasts between {MinDurationMinutes} minutes and {MaxDurationMinutes / 60} hours; enter minutes from {MinDurationMinutes} to {MaxDurationMinutes}.", nameof(KickoffDraft.DurationMinutes));
        if (string.IsNullOrWhiteSpace(draft.Location))
            Add("Enter where the meeting happens: a video link or an address.", nameof(KickoffDraft.Location));
        else if (draft.Location.Trim().Length > 500)
            Add("Keep the location under 500 characters: a link or an address.", nameof(KickoffDraft.Location));

        for (var i = 0; i < draft.Attendees.Count; i++)
        {
            var attendee = draft.Attendees[i];
            if (string.IsNullOrWhiteSpace(attendee.Name)) Add($"Attendee {i + 1} needs a name.", $"Attendees[{i}].Name");
            if (string.IsNullOrWhiteSpace(attendee.Email) || !EmailFormat.IsValid(attendee.Email.Trim()))
                Add($"'{attendee.Email}' is not an e-mail address. Enter one like name@company.com so the invitation reaches {NameOf(attendee, i)}.", $"Attendees[{i}].Email");
        }
        var duplicate = draft.Attendees.GroupBy(a => a.Email.Trim(), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Key.Length > 0 && g.Count() > 1);
        if (duplicate is not null) Add($"{duplicate.Key} is invited twice. Remove one of them.", nameof(KickoffDraft.Attendees));
        if (!draft.Attendees.Any(a => a.Side == AttendeeSide.Client))
            Add("Invite at least one person from the client: the kickoff is held with them.", nameof(KickoffDraft.Attendees));
        if (!draft.Attendees.Any(a => a.Side == AttendeeSide.Firm))
            Add("Invite at least one person from the firm, normally the account manager.", nameof(KickoffDraft.Attendees));

        if (string.IsNullOrWhiteSpace(draft.Agenda))
            Add("Write the agenda, or apply a template and adjust it.", nameof(KickoffDraft.Agenda));
        return errors;
    }

    private static string NameOf(KickoffAttendee attendee, int index) =>
        string.IsNullOrWhiteSpace(attendee.Name) ? $"attendee {index + 1}" : attendee.Name.Trim();
}
