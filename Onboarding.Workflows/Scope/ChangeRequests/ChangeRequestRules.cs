using System.ComponentModel.DataAnnotations;
using Onboarding.Domain.Common;
using Onboarding.Domain.Scope;

namespace Onboarding.Workflows.Scope.ChangeRequests;

/// <summary>A change request's values after the rules: trimmed, rounded, the scope rules applied.</summary>
public sealed record NormalizedChangeRequest(
    string Title, string RequestedBy, DateOnly RequestedOn, string Description, string Reason,
    decimal ImpactHours, decimal ImpactCost, int ImpactDays, string Currency, bool WithinScope, bool Billable, ChangeRequestPriority Priority);

/// <summary>
/// The limits of a change request (the column lengths of its table) and the checks of a draft, each naming its field.
/// Within the approved scope a change costs nothing and is never billable, whatever was typed; outside it is billable
/// unless said otherwise.
/// </summary>
public static class ChangeRequestRules
{
    public const int TitleMax = 200;
    public const int RequestedByMax = 200;
    public const int DescriptionMax = 4000;
    public const int ReasonMax = 2000;
    public const int NoteMax = 2000;
    public const int NameMax = 200;
    public const decimal HoursMax = 10_000m;
    public const decimal CostMax = 100_000_000m;
    public const int DaysMax = 250;

    /// <summary>How far back a request date may be (older ones are almost always a mistyped year).</summary>
    public const int YearsBack = 2;

    /// <summary>Checks <paramref name="draft"/> against the rules; <paramref name="today"/> is the firm's date.</summary>
    public static NormalizedChangeRequest Normalize(ChangeRequestDraft draft, string currency, DateOnly today)
    {
        var errors = new List<ValidationResult>();
        var title = Text(draft.Title);
        var requestedBy = Text(draft.RequestedBy);
        var description = (draft.Description ?? "").Trim();
        var reason = (draft.Reason ?? "").Trim();
        if (title.Length == 0) Add(errors, nameof(draft.Title), "Give the change request a title, e.g. \"Two extra landing pages\".");
        else if (title.Length > TitleMax) Add(errors, nameof(draft.Title), $"Keep the title under {TitleMax} characters; the details go in the description.");
        if (requestedBy.Length == 0) Add(errors, nameof(draft.RequestedBy), "Say who asked for the change: a client contact or a team member.");
        else if (requestedBy.Length > RequestedByMax) Add(errors, nameof(draft.RequestedBy), $"Keep the name under {RequestedByMax} characters.");
        if (draft.RequestedOn > today) Add(errors, nameof(draft.RequestedOn), $"The request date cannot be after today ({today:d MMM yyyy}).");
        else if (draft.RequestedOn < today.AddYears(-YearsBack)) Add(errors, nameof(draft.RequestedOn), $"The request date is more than {YearsBack} years ago; check the year.");
        if (description.Length > DescriptionMax) Add(errors, nameof(draft.Description), $"Keep the description under {DescriptionMax:N0} characters (it has {description.Length:N0}).");
        if (reason.Length > ReasonMax) Add(errors, nameof(draft.Reason), $"Keep the reason under {ReasonMax:N0} characters (it has {reason.Length:N0}).");
        if (draft.ImpactHours < 0) Add(errors, nameof(draft.ImpactHours), "Hours cannot be negative; write 0 when the change takes no extra time.");
        else if (draft.ImpactHours > HoursMax) Add(errors, nameof(draft.ImpactHours), $"More than {HoursMax:N0} hours is not a change request: start a new SOW version.");
        if (!Money.IsCurrencyCode(currency)) Add(errors, nameof(draft.Currency), "The currency is a three-letter code such as USD or EUR.");
        if (!draft.WithinScope && draft.ImpactCost < 0) Add(errors, nameof(draft.ImpactCost), "The cost cannot be negative; write 0 when the change costs nothing.");
        else if (!draft.WithinScope && draft.ImpactCost > CostMax) Add(errors, nameof(draft.ImpactCost), $"A cost over {CostMax:N0} looks like a typo; check the amount.");
        if (draft.ImpactDays < 0) Add(errors, nameof(draft.ImpactDays), "The timeline impact is in business days later: 0 or more.");
        else if (draft.ImpactDays > DaysMax) Add(errors, nameof(draft.ImpactDays), $"More than {DaysMax} business days (about a year) is not a change request: start a new SOW version.");
        if (!Enum.IsDefined(draft.Priority)) Add(errors, nameof(draft.Priority), "Pick a priority: low, normal, high or urgent.");
        DraftValidation.ThrowIfInvalid(errors);

        var code = currency.ToUpperInvariant();
        // Within the approved scope the work is already paid for: no cost, nothing to bill.
        var cost = draft.WithinScope ? 0 : Money.Round(draft.ImpactCost, code);
        var billable = !draft.WithinScope && (draft.Billable ?? true);
        return new NormalizedChangeRequest(title, requestedBy, draft.RequestedOn, description, reason,
            Math.Round(draft.ImpactHours, 2, MidpointRounding.AwayFromZero), cost, draft.ImpactDays, code, draft.WithinScope, billable, draft.Priority);
    }

    /// <summary>The client's request from their scope page: title, what and why, and their name.</summary>
    public static ClientChangeRequestDraft Normalize(ClientChangeRequestDraft draft)
    {
        var errors = new List<ValidationResult>();
        var title = Text(draft.Title);
        var description = (draft.Description ?? "").Trim();
        var reason = (draft.Reason ?? "").Trim();
        var name = Text(draft.Name);
        if (title.Length == 0) Add(errors, nameof(draft.Title), "Give your request a short title, e.g. \"A French version of the site\".");
        else if (title.Length > TitleMax) Add(errors, nameof(draft.Title), $"Keep the title under {TitleMax} characters; the details go below.");
        if (description.Length == 0) Add(errors, nameof(draft.Description), "Tell us what you would like changed or added.");
        else if (description.Length > DescriptionMax) Add(errors, nameof(draft.Description), $"Please keep it under {DescriptionMax:N0} characters.");
        if (reason.Length > ReasonMax) Add(errors, nameof(draft.Reason), $"Please keep it under {ReasonMax:N0} characters.");
        if (name.Length == 0) Add(errors, nameof(draft.Name), "Please type your name so we know who asked.");
        else if (name.Length > NameMax) Add(errors, nameof(draft.Name), $"Please keep your name under {NameMax} characters.");
        if (!Enum.IsDefined(draft.Priority)) Add(errors, nameof(draft.Priority), "Pick how urgent it is.");
        DraftValidation.ThrowIfInvalid(errors);
        return draft with { Title = title, Description = description, Reason = reason, Name = name };
    }

    /// <summary>The name a client typed to decide, on one line; refused when empty or too long.</summary>
    public static string ClientName(string? typed, string field = "Name")
    {
        var name = Text(typed);
        if (name.Length == 0) throw new ValidationFailedException([new("Please type your full name: it is recorded with your decision.", [field])]);
        if (name.Length > NameMax) throw new ValidationFailedException([new($"Please keep your name under {NameMax} characters.", [field])]);
        return name;
    }

    /// <summary>A note on one or more lines, trimmed; null when empty.</summary>
    public static string? Note(string? typed, string field = "Note")
    {
        var note = (typed ?? "").Trim();
        if (note.Length > NoteMax) throw new ValidationFailedException([new($"Please keep it under {NoteMax:N0} characters.", [field])]);
        return note.Length == 0 ? null : note;
    }

    /// <summary>One line: line breaks become spaces.</summary>
    private static string Text(string? value) => (value ?? "").ReplaceLineEndings(" ").Trim();

    private static void Add(List<ValidationResult> errors, string field, string message) => errors.Add(new ValidationResult(message, [field]));
}
