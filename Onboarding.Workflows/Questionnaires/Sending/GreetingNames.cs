namespace Onboarding.Workflows.Questionnaires.Sending;

/// <summary>
/// The name an e-mail greets someone by ("Hi Ji-woo,"). A guess the account manager confirms before sending: the first
/// word of the name, except for clients in Korea, mainland China, Hong Kong and Taiwan, where names are written family
/// name first (Kim Ji-woo is greeted as Ji-woo).
/// </summary>
public static class GreetingNames
{
    public const int MaxLength = 100;

    private static readonly HashSet<string> FamilyNameFirstZones = new(StringComparer.OrdinalIgnoreCase)
    {
        "Asia/Seoul", "Asia/Pyongyang", "Asia/Shanghai", "Asia/Chongqing", "Asia/Harbin", "Asia/Urumqi", "Asia/Hong_Kong", "Asia/Macau", "Asia/Taipei",
        "Korea Standard Time", "China Standard Time", "Taipei Standard Time",
    };

    public static string Guess(string fullName, string? clientTimeZone = null)
    {
        var words = (fullName ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0) return "";
        if (words.Length > 1 && clientTimeZone is not null && FamilyNameFirstZones.Contains(clientTimeZone)) return string.Join(' ', words[1..]);
        return words[0];
    }

    /// <summary>The greeting name the account manager typed (one line), else <paramref name="guess"/>.</summary>
    public static string Confirm(string? typed, string guess)
    {
        var name = (typed ?? "").ReplaceLineEndings(" ").Trim();
        if (name.Length > MaxLength) throw new Domain.Common.DomainException($"Keep the greeting name under {MaxLength} characters.");
        return name.Length > 0 ? name : guess;
    }
}
