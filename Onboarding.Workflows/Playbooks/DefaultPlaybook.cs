namespace Onboarding.Workflows.Playbooks;

/// <summary>
/// The client onboarding playbook a new installation ships with: seven stages from the contract
/// and deposit to the scope guard. Firms edit it in the designer; this is the starting template.
/// </summary>
public static class DefaultPlaybook
{
    /// <summary>The playbook's stable key (also the BPMN process id).</summary>
    public const string Key = "client-onboarding";

    public const string Name = "Client onboarding";

    private const string ResourceName = "Onboarding.Workflows.Playbooks.client-onboarding.bpmn";

    private static readonly Lazy<string> LazyXml = new(ReadResource);

    /// <summary>The seven stages in the order a client goes through them.</summary>
    public static IReadOnlyList<PlaybookStage> Stages { get; } =
    [
        new("Contract & payment", "#1565c0"),
        new("Internal kickoff", "#6a1b9a"),
        new("Questionnaire", "#00838f"),
        new("Tech setup", "#2e7d32"),
        new("Reporting", "#ef6c00"),
        new("Client kickoff", "#c62828"),
        new("Scope guard", "#4e342e"),
    ];

    /// <summary>The BPMN 2.0 XML of the playbook, with its diagram.</summary>
    public static string Xml => LazyXml.Value;

    private static string ReadResource()
    {
        using var stream = typeof(DefaultPlaybook).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The default playbook resource '{ResourceName}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
