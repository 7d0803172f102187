namespace Onboarding.Workflows.Onboardings.Kickoff;

/// <summary>A named kickoff agenda people start from and then edit.</summary>
public sealed record KickoffAgendaTemplate(string Key, string Name, IReadOnlyList<string> Items)
{
    /// <summary>The agenda as the meeting stores it: one item per line.</summary>
    public string Text => string.Join('\n', Items);
}

/// <summary>The agendas offered on the kickoff form.</summary>
public static class KickoffAgendaTemplates
{
    /// <summary>
    /// The client kickoff from the onboarding playbook: the client meets a team with a clear plan, agrees how
    /// the work is run and reported, and sees a quick win early.
    /// </summary>
    public static KickoffAgendaTemplate Standard { get; } = new("standard", "Standard client kickoff",
    [
        "Introductions: the team and each person's role",
        "Goals and KPIs: the measurable targets, their baselines and dates",
        "Plan and timeline: what happens in the first weeks, and why",
        "Communication: schedule, channel and tools, response times, the urgent path",
        "Workflow: who sends what to whom, and how approval happens",
        "Quick win: what the client will see first",
        "Next steps: owners and dates",
    ]);

    /// <summary>A shorter kickoff for a client who already knows the firm (a new engagement).</summary>
    public static KickoffAgendaTemplate ReturningClient { get; } = new("returning", "Returning client",
    [
        "Who is new on both sides, and their roles",
        "Goals and KPIs for this engagement",
        "Plan and timeline",
        "Changes to communication or approvals since last time",
        "Quick win and next steps",
    ]);

    public static IReadOnlyList<KickoffAgendaTemplate> All { get; } = [Standard, ReturningClient];
}
