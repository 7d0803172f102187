namespace Onboarding.Web.Documents;

/// <summary>What every printed document carries of the firm: its name and its logo (PNG or JPEG bytes; null prints the name alone).</summary>
public sealed record FirmBranding(string FirmName, byte[]? Logo);
