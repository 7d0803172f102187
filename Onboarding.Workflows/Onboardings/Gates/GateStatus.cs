namespace Onboarding.Workflows.Onboardings.Gates;

/// <summary>One check of a gate against an onboarding's evidence.</summary>
public sealed record GateCheckStatus(GateCheck Check, bool IsMet);

/// <summary>The checks of the gates on one work item, evaluated; met when every check passes and every gate named is known.</summary>
public sealed record GateStatus(IReadOnlyList<GateDefinition> Gates, IReadOnlyList<GateCheckStatus> Checks, IReadOnlyList<string> UnknownGates)
{
    public bool IsMet => UnknownGates.Count == 0 && Checks.All(c => c.IsMet);

    public bool CompletesWhenMet => Gates.Count > 0 && Gates.All(g => g.CompletesWhenMet);

    public IEnumerable<GateCheckStatus> Missing => Checks.Where(c => !c.IsMet);

    /// <summary>Evaluates the gates <paramref name="gate"/> names; a check shared by two gates is listed once.</summary>
    public static GateStatus Of(string? gate, GateEvidence evidence)
    {
        var gates = GateDefinitions.Parse(gate, out var unknown);
        var checks = gates.SelectMany(g => g.Checks).DistinctBy(c => c.Key).Select(c => new GateCheckStatus(c, c.IsMet(evidence))).ToList();
        return new GateStatus(gates, checks, unknown);
    }

    /// <summary>Why the work item cannot be completed yet, as one sentence per missing check.</summary>
    public string Explanation(string workItemTitle)
    {
        var reasons = UnknownGates.Select(u => $"The playbook names a gate '{u}' this version of the product does not know; ask an ops lead to fix the playbook.")
            .Concat(Missing.Select(m => $"{m.Check.Label}: {m.Check.WhenMissing}"));
        return $"'{workItemTitle}' cannot be completed yet. " + string.Join(" ", reasons);
    }
}
