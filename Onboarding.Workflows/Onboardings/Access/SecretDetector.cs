using System.Text.RegularExpressions;

namespace Onboarding.Workflows.Onboardings.Access;

/// <summary>
/// Tells whether a piece of text looks like a credential, so the access tracker refuses it: it records who was
/// granted access and when, never a password or key. Rules, in order: a secret word followed by a value
/// ("password: ...", "api key = ..."), a URL with a user and password, a well-known key shape (AWS, Stripe,
/// GitHub, Slack, Google, JWT, PEM private key), and a long high-entropy token. Ordinary notes (names, e-mail
/// addresses, numeric ids, roles) pass.
/// </summary>
public static partial class SecretDetector
{
    public const string Explanation =
        "This looks like a password or key. Record only who was granted access and when; share credentials through the client's password manager, never here.";

    /// <summary>Shortest word the entropy rule looks at.</summary>
    public const int MinTokenLength = 16;

    /// <summary>Bits per character a token must reach to count as random (English words stay well below).</summary>
    public const double EntropyThreshold = 3.3;

    public static bool LooksLikeSecret(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        return SecretWordWithValue().IsMatch(text)
               || CredentialsInUrl().IsMatch(text)
               || KnownKeyShape().IsMatch(text)
               || text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Any(IsRandomToken);
    }

    /// <summary>A word that is long, mixes character classes and is close to random.</summary>
    public static bool IsRandomToken(string word)
    {
        var token = word.Trim('"', '\'', '(', ')', '[', ']', '{', '}', ',', ';', '.', '!', '?', '<', '>');
        // Ids that merely look random: e-mail addresses, links, and GUIDs (Azure subscriptions, property ids).
        if (token.Length < MinTokenLength || EmailAddress().IsMatch(token) || PlainUrl().IsMatch(token) || Guid.TryParseExact(token, "D", out _)) return false;
        bool lower = false, upper = false, digit = false, symbol = false;
        foreach (var c in token)
        {
            if (char.IsLower(c)) lower = true;
            else if (char.IsUpper(c)) upper = true;
            else if (char.IsDigit(c)) digit = true;
            else symbol = true;
        }
        var classes = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
        // Hex and base-36 keys mix only letters and digits, but are long; two classes of letters alone are CamelCase words.
        var mixed = classes >= 3 || (classes == 2 && digit && (lower || upper) && token.Length >= 20);
        return mixed && ShannonEntropy(token) >= EntropyThreshold;
    }

    /// <summary>Bits of information per character of <paramref name="text"/>, from its character frequencies.</summary>
    public static double ShannonEntropy(string text)
    {
        if (text.Length == 0) return 0;
        return text.GroupBy(c => c).Select(g => (double)g.Count() / text.Length).Sum(p => -p * Math.Log2(p));
    }

    // "password: x", "pwd=x", "pw - x", "secret is x", "api key x7!...", "token abc123", "login admin / Summer2026!": a secret
    // word, then a value. Prose after the word ("password reset link sent", "the API key is managed by the client") is not
    // a value: without ":" or "=" the value must hold a digit or a symbol, and "is" followed by a preposition or a verb is prose.
    [GeneratedRegex(@"\b(?:passwords?|passwd|pwd|pw|pass|passcode|passphrase|pin|secret|client[\s_-]?secret|token|access[\s_-]?token|api[\s_-]?key|access[\s_-]?key|private[\s_-]?key|credentials?)\b\s*(?:[:=]\s*\S|(?:-|–|->|→)\s*(?=\S*[\d!@#$%^&*_+=~|])\S|is\s+(?!(?:in|on|at|with|the|a|an|not|kept|stored|managed|handled|shared|issued|held|saved|sent|available|set|reset|changed)\b)\S|\s+(?=\S*[\d!@#$%^&*_+=~|])(?=\S{4,})\S)"
        + @"|\b(?:login|user(?:name)?|account)\s*:?\s*\S+\s*/\s*(?=\S*[\d!@#$%^&*_+=~|])\S{4,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretWordWithValue();

    [GeneratedRegex(@"\b[a-z][a-z0-9+.-]*://[^\s/:@]+:[^\s/@]+@", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CredentialsInUrl();

    [GeneratedRegex(@"\bAKIA[0-9A-Z]{16}\b|\b[sr]k_(?:live|test)_[0-9A-Za-z]{8,}|\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,}|\bgithub_pat_[A-Za-z0-9_]{20,}|\bxox[abposr]-[A-Za-z0-9-]{8,}|\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}|-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----|\bAIza[0-9A-Za-z_-]{30,}", RegexOptions.CultureInvariant)]
    private static partial Regex KnownKeyShape();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmailAddress();

    [GeneratedRegex(@"^(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:[/?#]\S*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlainUrl();
}
