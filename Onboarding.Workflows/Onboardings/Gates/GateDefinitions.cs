namespace Onboarding.Workflows.Onboardings.Gates;

/// <summary>One condition of a gate: what must be true, and what to do when it is not.</summary>
public sealed record GateCheck(string Key, string Label, Func<GateEvidence, bool> IsMet, string WhenMissing);

/// <summary>
/// A named set of checks a playbook puts on a user task with <c>onboarding:gate</c>: the work item cannot be
/// completed until every check passes. When <see cref="CompletesWhenMet"/>, the gate is the task's whole
/// work, so the work item completes by itself once the checks pass.
/// </summary>
public sealed record GateDefinition(string Key, string Name, IReadOnlyList<GateCheck> Checks, bool CompletesWhenMet = false);

/// <summary>The gates playbooks may name. Keys are stable: playbooks store them.</summary>
public static class GateDefinitions
{
    public static readonly GateCheck TeamAssigned = new("team-assigned", "Team assigned",
        e => e.TeamMembers > 0, "Add the team members and their roles to the onboarding.");

    public static readonly GateCheck GoalsDefined = new("goals-defined", "Success defined as measurable goals",
        e => e.MeasurableGoals > 0, "Add at least one goal with a metric, its baseline, a target and a date.");

    public static readonly GateCheck KeyContacts = new("key-contacts", "Key contacts beyond the signer",
        e => e.KeyContactsBeyondSigner > 0, "Add the client's key contacts (marketing manager, designer...), not only the person who signed.");

    public static readonly GateCheck CommunicationPlan = new("communication-plan", "Communication plan agreed",
        e => e.CommunicationPlanAgreed, "Record the channel, report cadence, response time and urgent path agreed with the client.");

    public static readonly GateCheck BrandGuidelines = new("brand-guidelines", "Brand guidelines received",
        e => e.BrandGuidelinesReceived, "Record when the brand guidelines arrived and where the team finds them.");

    public static readonly GateCheck AccessVerified = new("access-verified", "Access verified on every platform",
        e => e.AllAccessVerified, "Request access per platform for each team member, and mark each one verified once it works.");

    public static readonly GateCheck ReportingPlan = new("reporting-plan", "Reporting agreed",
        e => e.ReportingPlanAgreed, "Record the KPIs, the report template, the cadence and the first report date.");

    public static readonly GateCheck QuestionnaireReceived = new("questionnaire-received", "Questionnaire received",
        e => e.QuestionnaireReceived, "Wait for the client's questionnaire answers (or chase them).");

    public static readonly GateCheck QuestionnaireSent = new("questionnaire-sent", "Questionnaire sent",
        e => e.QuestionnaireSent, "Send the welcome e-mail with the questionnaire link from the onboarding's Questionnaire tab.");

    public static readonly GateCheck KickoffScheduled = new("kickoff-scheduled", "Kickoff meeting scheduled",
        e => e.KickoffScheduled, "Set the kickoff date and time, the attendees and the agenda.");

    public static readonly GateCheck SowWritten = new("sow-written", "Statement of work sent to the client",
        e => e.SowWritten, "Write the statement of work on the Scope tab (deliverables with their quantities and hours, what is not included) and send it to the client for approval.");

    public static readonly GateCheck ScopeCheckIn = new("scope-check-in", "Scope check-in recorded",
        e => e.ScopeCheckInsUpToDate, "Record the check-in on the Scope tab: the work delivered so far against each deliverable of the approved SOW.");

    private static GateDefinition Single(GateCheck check, bool completesWhenMet = false) => new(check.Key, check.Label, [check], completesWhenMet);

    public static IReadOnlyDictionary<string, GateDefinition> All { get; } = new[]
    {
        Single(GoalsDefined),
        Single(KeyContacts),
        Single(CommunicationPlan),
        Single(BrandGuidelines),
        Single(AccessVerified, completesWhenMet: true),
        Single(ReportingPlan),
        Single(QuestionnaireSent, completesWhenMet: true),
        Single(SowWritten, completesWhenMet: true),
        Single(ScopeCheckIn, completesWhenMet: true),
        new GateDefinition("kickoff-prerequisites", "Kickoff prerequisites",
            [TeamAssigned, AccessVerified, QuestionnaireReceived, GoalsDefined, ReportingPlan, KickoffScheduled], CompletesWhenMet: true),
    }.ToDictionary(g => g.Key, StringComparer.Ordinal);

    /// <summary>
    /// The gates an <c>onboarding:gate</c> value names: keys separated by spaces or commas. Unknown keys are
    /// returned in <paramref name="unknown"/> (the validator reports them; the runtime refuses to pass them).
    /// </summary>
    public static IReadOnlyList<GateDefinition> Parse(string? gate, out IReadOnlyList<string> unknown)
    {
        var found = new List<GateDefinition>();
        var missing = new List<string>();
        foreach (var key in (gate ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal))
        {
            if (All.TryGetValue(key, out var definition)) found.Add(definition);
            else missing.Add(key);
        }
        unknown = missing;
        return found;
    }
}
