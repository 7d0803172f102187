namespace Onboarding.Workflows.Onboardings.Gates;

/// <summary>
/// What an onboarding has recorded that gates look at, read in one go by <see cref="GateEvidenceReader"/>.
/// Plain data, so gate rules are pure and tested without a database.
/// </summary>
public sealed record GateEvidence(
    int TeamMembers,
    int MeasurableGoals,
    int KeyContactsBeyondSigner,
    bool CommunicationPlanAgreed,
    bool BrandGuidelinesReceived,
    int AccessRequested,
    int AccessVerified,
    bool ReportingPlanAgreed,
    bool QuestionnaireReceived,
    bool KickoffScheduled,
    bool QuestionnaireSent = false,
    bool SowWritten = false,
    int ScopeCheckInsDue = 0,
    int ScopeCheckInsRecorded = 0)
{
    public static GateEvidence Nothing { get; } = new(0, 0, 0, false, false, 0, 0, false, false, false);

    /// <summary>Every requested access is verified, and at least one was requested.</summary>
    public bool AllAccessVerified => AccessRequested > 0 && AccessVerified == AccessRequested;

    /// <summary>
    /// Every check-in the playbook's cadence asked for (<see cref="ScopeCheckInsDue"/>) is covered by a recorded one
    /// (<see cref="ScopeCheckInsRecorded"/>: the due ones covered, as <c>Scope.CheckIns.CheckInLedger</c> matches them, not a plain count).
    /// </summary>
    public bool ScopeCheckInsUpToDate => ScopeCheckInsRecorded >= ScopeCheckInsDue;
}
