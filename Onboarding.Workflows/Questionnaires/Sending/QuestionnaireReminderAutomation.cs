using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.Workflows.Automations;

namespace Onboarding.Workflows.Questionnaires.Sending;

/// <summary>
/// <c>questionnaire.remind</c>: e-mails the client a reminder with their current questionnaire link (see
/// <see cref="QuestionnaireReminders.RemindAsync"/>). Its output variable says what it did or why it skipped.
/// </summary>
/// <remarks>The reminders service is resolved when it runs, so the automation's name is listed without a database (the playbook command line).</remarks>
public sealed class QuestionnaireReminderAutomation(IServiceProvider services) : IAutomation
{
    public const string AutomationName = "questionnaire.remind";

    public const string OutputVariable = "questionnaireReminder";

    public string Name => AutomationName;

    public string Description => "E-mails the client a reminder with their questionnaire link, unless they already submitted it.";

    public IReadOnlyList<AutomationParameter> Parameters { get; } = [];

    public async Task<JsonObject?> RunAsync(AutomationContext context, CancellationToken cancellationToken) =>
        new()
        {
            [OutputVariable] = Guid.TryParse(context.CorrelationKey, out var onboardingId)
                ? await services.GetRequiredService<QuestionnaireReminders>().RemindAsync(onboardingId, cancellationToken)
                : "skipped: this workflow has no onboarding",
        };
}
