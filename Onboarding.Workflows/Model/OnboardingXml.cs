namespace Onboarding.Workflows.Model;

/// <summary>Our extension attributes on BPMN elements (<c>xmlns:onboarding="..."</c>).</summary>
public static class OnboardingXml
{
    public const string Namespace = "https://schemas.onboarding.app/bpmn/1.0";
    public const string Prefix = "onboarding";

    public const string Stage = "stage";
    public const string Role = "role";
    public const string DueBusinessDays = "dueBusinessDays";
    public const string Checklist = "checklist";
    public const string Automation = "automation";
    public const string Parameters = "parameters";
    public const string Form = "form";
    public const string Gate = "gate";

    /// <summary>Separator of checklist items in <c>onboarding:checklist</c>.</summary>
    public const char ChecklistSeparator = '|';
}
