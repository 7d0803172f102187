using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Onboarding.Domain.People;

/// <summary>Checks passwords against Identity's configured rules and generates strong ones.</summary>
public static class StaffPasswords
{
    // No look-alike characters (0/O, 1/l/I): a generated password is read off a screen and typed.
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "!#$%&*+-=?@";
    private const int GeneratedLength = 16;

    /// <summary>A random password with every character class, so it passes any reasonable rule set.</summary>
    public static string Generate()
    {
        const string all = Upper + Lower + Digits + Symbols;
        var chars = new List<char>
        {
            Pick(Upper), Pick(Lower), Pick(Digits), Pick(Symbols),
        };
        while (chars.Count < GeneratedLength) chars.Add(Pick(all));
        // Shuffle so the guaranteed classes are not always at the start.
        for (var i = chars.Count - 1; i > 0; i--)
        {
            var j = RandomNumberGenerator.GetInt32(i + 1);
            (chars[i], chars[j]) = (chars[j], chars[i]);
        }
        return new string(chars.ToArray());
    }

    /// <summary>Runs Identity's password validators; failures become one readable error on <paramref name="member"/>, or null.</summary>
    internal static async Task<ValidationResult?> ProblemAsync(UserManager<AppUser> users, AppUser user, string password, string member)
    {
        var problems = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            problems.AddRange(result.Errors.Select(e => e.Description));
        }
        return problems.Count == 0 ? null : new ValidationResult(string.Join(" ", problems), [member]);
    }

    private static char Pick(string from) => from[RandomNumberGenerator.GetInt32(from.Length)];
}
