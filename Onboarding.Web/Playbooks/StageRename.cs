namespace Onboarding.Web.Playbooks;

/// <summary>A stage renamed in the stages editor: the elements in <paramref name="From"/> should move to <paramref name="To"/>.</summary>
public sealed record StageRename(string From, string To);
