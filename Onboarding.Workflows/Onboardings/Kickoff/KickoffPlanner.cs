using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Onboardings;
using Onboarding.Domain.Playbooks;
using Onboarding.Workflows.Onboardings.Gates;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Workflows.Onboardings.Kickoff;

/// <summary>
/// Plans the client kickoff meeting: reads what the kickoff tab needs, saves the meeting (validated, audited, its
/// invitation sequence raised on every change) and then lets the gates advance the workflow, since a scheduled
/// kickoff is one of the kickoff prerequisites.
/// </summary>
public sealed class KickoffPlanner(IDbContextFactory<OnboardingDbContext> databases, GateAdvancer gates, TimeProvider clock, WorkflowOptions options)
{
    public const string GateKey = "kickoff-prerequisites";
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public async Task<KickoffPlan?> GetAsync(Guid onboardingId, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var onboarding = await db.Onboardings.AsNoTracking().Include(o => o.Client).Include(o => o.Team)
            .SingleOrDefaultAsync(o => o.Id == onboardingId, ct);
        if (onboarding is null) return null;
        var meeting = await db.KickoffMeetings.AsNoTracking().SingleOrDefaultAsync(m => m.OnboardingId == onboardingId, ct);
        var evidence = await GateEvidenceReader.ReadAsync(db, onboardingId, ct);
        return new KickoffPlan(onboarding.Id, onboarding.Client!.CompanyName, onboarding.Client.TimeZone,
            await FirmPeopleAsync(db, onboarding, ct), await ClientContactsAsync(db, onboarding.ClientId, ct),
            meeting is null ? null : new SavedKickoff(KickoffDraft.From(meeting), meeting.Sequence, meeting.UpdatedAtUtc, meeting.UpdatedBy),
            await PrerequisitesAsync(db, onboarding.WorkflowInstanceId, evidence, ct));
    }

    /// <summary>Saves the meeting; refuses invalid input with field errors; a save that changes nothing keeps the sequence.</summary>
    public async Task<KickoffSaved> SaveAsync(Guid onboardingId, KickoffDraft draft, string by, CancellationToken ct = default)
    {
        DraftValidation.ThrowIfInvalid(KickoffRules.Problems(draft));
        var zone = KickoffTimes.Find(draft.TimeZoneId)!;
        var startsAt = draft.Date!.Value.ToDateTime(draft.Time!.Value);
        var attendees = draft.Attendees.Select(a => a with { Name = a.Name.Trim(), Email = a.Email.Trim() }).ToList();

        await using var db = await databases.CreateDbContextAsync(ct);
        if (!await db.Onboardings.AnyAsync(o => o.Id == onboardingId, ct)) throw new NotFoundException("The onboarding");
        var meeting = await db.KickoffMeetings.SingleOrDefaultAsync(m => m.OnboardingId == onboardingId, ct);
        // Someone saved the meeting after this draft was loaded: saving it would silently undo their change.
        if (draft.BasedOnSequence != meeting?.Sequence) throw new ConcurrencyConflictException("The kickoff meeting");
        var isNew = meeting is null;
        meeting ??= db.KickoffMeetings.Add(new KickoffMeeting { OnboardingId = onboardingId, Sequence = -1 }).Entity;
        var moved = !isNew && (meeting.StartsAtLocal != startsAt || meeting.TimeZoneId != zone.Id);

        meeting.StartsAtLocal = DateTime.SpecifyKind(startsAt, DateTimeKind.Unspecified);
        meeting.TimeZoneId = zone.Id;
        meeting.DurationMinutes = draft.DurationMinutes;
        meeting.Location = draft.Location.Trim();
        meeting.AttendeesJson = KickoffAttendees.Write(attendees);
        meeting.Agenda = string.Join('\n', draft.Agenda.Split('\n').Select(l => l.TrimEnd('\r', ' ')).Where(l => l.Length > 0));
        if (!isNew && !db.ChangeTracker.HasChanges()) return new KickoffSaved(meeting.Sequence, false, []);

        var now = clock.GetUtcNow().UtcDateTime;
        meeting.Sequence++;
        meeting.UpdatedAtUtc = now;
        meeting.UpdatedBy = by;
        var utc = KickoffTimes.ToInstant(startsAt, zone).UtcDateTime;
        db.AuditEntries.Add(AuditEntry.OfOnboarding(onboardingId, by, now,
            isNew ? "Kickoff scheduled" : moved ? "Kickoff rescheduled" : "Kickoff updated",
            $"{startsAt.ToString("ddd d MMM yyyy HH:mm", Inv)} {zone.Id} ({utc.ToString("d MMM HH:mm", Inv)} UTC), {meeting.DurationMinutes} min, at {meeting.Location}; "
            + $"attendees: {string.Join(", ", attendees.Select(a => a.Name))}; invitation version {meeting.Sequence}."));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (isNew)
        {
            // Someone saved the first meeting between our read and our save: the unique index refused ours.
            throw new ConcurrencyConflictException("The kickoff meeting");
        }
        var completed = await gates.AdvanceAsync(onboardingId, by, ct);
        return new KickoffSaved(meeting.Sequence, true, completed);
    }

    /// <summary>The saved meeting as an <c>.ics</c> invitation organized by the account manager, or null while none is saved.</summary>
    public async Task<DownloadFile?> InvitationAsync(Guid onboardingId, CancellationToken ct = default)
    {
        var plan = await GetAsync(onboardingId, ct);
        if (plan?.Saved is not { } saved) return null;
        var organizer = plan.FirmPeople.FirstOrDefault() ?? saved.Draft.Attendees.First(a => a.Side == AttendeeSide.Firm);
        return KickoffInvitation.Build(new KickoffInvitationFacts(onboardingId, plan.ClientName, options.FirmName, organizer, saved.Draft, saved.Sequence, saved.UpdatedAtUtc));
    }

    private static async Task<IReadOnlyList<KickoffAttendee>> FirmPeopleAsync(OnboardingDbContext db, ClientOnboarding onboarding, CancellationToken ct)
    {
        var ids = new[] { onboarding.AccountManagerId }.Concat(onboarding.Team.Select(t => t.UserId)).Distinct().ToList();
        var users = (await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.Email != null && u.Email != "")
            .Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(ct)).ToDictionary(u => u.Id);
        // The account manager first: the default firm attendee and the invitation's organizer.
        return [.. ids.Where(users.ContainsKey).Select(id => users[id])
            .Select(u => new KickoffAttendee(string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email! : u.DisplayName, u.Email!, AttendeeSide.Firm))];
    }

    private static async Task<IReadOnlyList<KickoffAttendee>> ClientContactsAsync(OnboardingDbContext db, int clientId, CancellationToken ct) =>
        await db.ClientContacts.AsNoTracking().Where(c => c.ClientId == clientId && c.Email != "").OrderBy(c => c.Position)
            .Select(c => new KickoffAttendee(c.Name, c.Email, AttendeeSide.Client)).ToListAsync(ct);

    /// <summary>The gate's checks, and the latest work item the playbook gates with it (its title as the playbook names it).</summary>
    private static async Task<KickoffPrerequisites> PrerequisitesAsync(OnboardingDbContext db, Guid instanceId, GateEvidence evidence, CancellationToken ct)
    {
        var gated = await db.WorkItems.AsNoTracking().Where(w => w.InstanceId == instanceId && w.Gate != null && w.Gate != "")
            .OrderByDescending(w => w.OpenedAtUtc).Select(w => new { w.Title, w.Gate, w.Status }).ToListAsync(ct);
        var item = gated.FirstOrDefault(w => GateDefinitions.Parse(w.Gate, out _).Any(g => g.Key == GateKey));
        var step = item switch
        {
            null => PrerequisitesStep.NotReached,
            { Status: WorkItemStatus.Open } => PrerequisitesStep.Waiting,
            { Status: WorkItemStatus.Completed } => PrerequisitesStep.Passed,
            _ => PrerequisitesStep.NotReached,
        };
        return new KickoffPrerequisites(GateStatus.Of(GateKey, evidence), step, item?.Title ?? GateDefinitions.All[GateKey].Name);
    }
}
