using Onboarding.Workflows.Onboardings.Gates;

namespace Onboarding.Workflows.Onboardings.Kickoff;

/// <summary>Where the playbook's kickoff prerequisites step is.</summary>
public enum PrerequisitesStep
{
    /// <summary>The workflow has not reached the step yet.</summary>
    NotReached,

    /// <summary>The step is open and waits for the checks.</summary>
    Waiting,

    /// <summary>The step completed: the kickoff meeting step is open or done.</summary>
    Passed,
}

/// <summary>The kickoff-prerequisites gate evaluated now, and where its work item is.</summary>
public sealed record KickoffPrerequisites(GateStatus Status, PrerequisitesStep Step, string WorkItemTitle);

/// <summary>The saved meeting with who saved it last.</summary>
public sealed record SavedKickoff(KickoffDraft Draft, int Sequence, DateTime UpdatedAtUtc, string UpdatedBy);

/// <summary>Everything the kickoff tab shows: the client, who may attend, the saved meeting and the prerequisites.</summary>
public sealed record KickoffPlan(
    Guid OnboardingId,
    string ClientName,
    string ClientTimeZone,
    IReadOnlyList<KickoffAttendee> FirmPeople,
    IReadOnlyList<KickoffAttendee> ClientContacts,
    SavedKickoff? Saved,
    KickoffPrerequisites Prerequisites)
{
    /// <summary>A new meeting's starting point: the client's zone, the account manager and the client's first contact invited, the standard agenda.</summary>
    public KickoffDraft NewDraft() => new()
    {
        TimeZoneId = ClientTimeZone,
        Agenda = KickoffAgendaTemplates.Standard.Text,
        Attendees = [.. FirmPeople.Take(1), .. ClientContacts.Take(1)],
    };
}

/// <summary>The result of a save: the invitation's new sequence and the work items the gate completed.</summary>
public sealed record KickoffSaved(int Sequence, bool Changed, IReadOnlyList<string> Completed);
