namespace Onboarding.Domain.Audit;

public static class AuditSubjects
{
    public const string Client = nameof(Client);
    public const string User = nameof(User);
    public const string Onboarding = nameof(Onboarding);
    public const string QuestionnaireTemplate = nameof(QuestionnaireTemplate);
}
