using System.Globalization;
using System.Net.Mail;
using System.Text.Json.Nodes;
using Onboarding.Domain.Common;
using Onboarding.Domain.Questionnaires;

namespace Onboarding.Workflows.Questionnaires.Answering;

/// <summary>
/// Checks a value the client typed against its question's type and returns it in the stored shape (see
/// <see cref="QuestionType"/>); refuses with a message the client can act on. An empty value clears the answer.
/// </summary>
public static class AnswerValidator
{
    public const int ShortTextMax = 500;
    public const int LongTextMax = 10_000;
    public const int ContactsMax = 30;

    public static JsonNode? Normalize(Question question, JsonNode? value) => question.Type switch
    {
        QuestionType.ShortText => Text(value, ShortTextMax),
        QuestionType.LongText => Text(value, LongTextMax),
        QuestionType.Url => Url(value),
        QuestionType.Number => Number(value),
        QuestionType.Date => Date(value),
        QuestionType.SingleChoice => Single(question, value),
        QuestionType.MultipleChoice => Multiple(question, value),
        QuestionType.Contacts => Contacts(value),
        QuestionType.FileUpload => throw new DomainException("This question takes files: upload them instead of typing."),
        _ => throw new DomainException("This question cannot be answered here."),
    };

    private static string Raw(JsonNode? value) => value switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v => v.ToJsonString(),
        _ => throw new DomainException("Please type a single answer here."),
    };

    private static JsonNode? Text(JsonNode? value, int max)
    {
        var text = Raw(value);
        if (text.Length > max) throw new DomainException($"Please keep this answer under {max:#,0} characters (it has {text.Length:#,0}).");
        return string.IsNullOrWhiteSpace(text) ? null : JsonValue.Create(text);
    }

    private static JsonNode? Url(JsonNode? value)
    {
        var text = Raw(value).Trim();
        if (text.Length == 0) return null;
        if (text.Length > 2000) throw new DomainException("This web address is too long.");
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.Host.Length == 0)
            throw new DomainException("Please enter a full web address starting with https:// (for example https://www.example.com).");
        return JsonValue.Create(text);
    }

    private static JsonNode? Number(JsonNode? value)
    {
        if (value is JsonValue v && v.TryGetValue<decimal>(out var direct)) return JsonValue.Create(direct);
        var text = Raw(value).Trim().Replace(",", "").Replace(" ", "");
        if (text.Length == 0) return null;
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            throw new DomainException("Please enter a number (digits only, for example 12000).");
        return JsonValue.Create(number);
    }

    private static JsonNode? Date(JsonNode? value)
    {
        var text = Raw(value).Trim();
        if (text.Length == 0) return null;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw new DomainException("Please pick a date (year-month-day, for example 2027-03-15).");
        return JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static JsonNode? Single(Question question, JsonNode? value)
    {
        var text = Raw(value).Trim();
        if (text.Length == 0) return null;
        var option = (question.Options ?? []).FirstOrDefault(o => o == text)
            ?? throw new DomainException("Please choose one of the options shown.");
        return JsonValue.Create(option);
    }

    private static JsonNode? Multiple(Question question, JsonNode? value)
    {
        if (value is null) return null;
        if (value is not JsonArray array) throw new DomainException("Please tick the options that apply.");
        var options = question.Options ?? [];
        var chosen = new List<string>();
        foreach (var item in array)
        {
            var text = Raw(item).Trim();
            if (!options.Contains(text)) throw new DomainException($"\"{Short(text)}\" is not one of the options.");
            if (!chosen.Contains(text)) chosen.Add(text);
        }
        // Kept in the order the question lists them, whatever order they were ticked in.
        var ordered = options.Where(chosen.Contains).Select(o => (JsonNode?)JsonValue.Create(o)).ToArray();
        return ordered.Length == 0 ? null : new JsonArray(ordered);
    }

    private static JsonNode? Contacts(JsonNode? value)
    {
        if (value is null) return null;
        if (value is not JsonArray array) throw new DomainException("Please list the people as rows.");
        if (array.Count > ContactsMax) throw new DomainException($"Please list at most {ContactsMax} people.");
        var contacts = new List<ContactAnswer>();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject row) throw new DomainException($"Person {i + 1}: please fill in the row.");
            string Field(string name, int max)
            {
                var text = Raw(row[name]).Trim();
                if (text.Length > max) throw new DomainException($"Person {i + 1}: the {name} is too long (at most {max} characters).");
                return text;
            }
            var contact = new ContactAnswer(Field("name", 200), Field("role", 200), Field("email", 256), Field("phone", 50) is { Length: > 0 } p ? p : null);
            if (contact.Name.Length == 0 && contact.Role.Length == 0 && contact.Email.Length == 0 && contact.Phone is null) continue; // a blank row being typed
            if (contact.Email.Length > 0 && !IsEmail(contact.Email))
                throw new DomainException($"Person {i + 1}: \"{Short(contact.Email)}\" does not look like an e-mail address.");
            contacts.Add(contact);
        }
        return contacts.Count == 0 ? null : AnswerValues.ContactsNode(contacts);
    }

    private static bool IsEmail(string text) =>
        MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.');

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
