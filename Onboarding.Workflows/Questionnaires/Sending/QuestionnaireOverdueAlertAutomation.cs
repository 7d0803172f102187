using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.Workflows.Automations;

namespace Onboarding.Workflows.Questionnaires.Sending;

/// <summary>
/// <c>questionnaire.alert-overdue</c>: e-mails the account manager that the questionnaire is past due, with how much is
/// answered and the client's last activity (see <see cref="QuestionnaireReminders.AlertOverdueAsync"/>).
/// </summary>
/// <remarks>The reminders service is resolved when it runs, so the automation's name is listed without a database (the playbook command line).</remarks>
public sealed class QuestionnaireOverdueAlertAutomation(IServiceProvider services) : IAutomation
{
    public const string AutomationName = "questionnaire.alert-overdue";

    public const string OutputVariable = "questionnaireOverdueAlert";

    public string Name => AutomationName;

    public string Description => "E-mails the account manager that the client's questionnaire is overdue, with its progress.";

    public IReadOnlyList<AutomationParameter> Parameters { get; } = [];

    public async Task<JsonObject?> RunAsync(AutomationContext context, CancellationToken cancellationToken) =>
        new()
        {
            [OutputVariable] = Guid.TryParse(context.CorrelationKey, out var onboardingId)
                ? await services.GetRequiredService<QuestionnaireReminders>().AlertOverdueAsync(onboardingId, cancellationToken)
                : "skipped: this workflow has no onboarding",
        };
}
