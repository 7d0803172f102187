using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Onboarding.Web.Playbooks.Cli;

/// <summary>What <c>playbook validate|simulate FILE [options]</c> asks for.</summary>
internal sealed record PlaybookArguments(
    PlaybookVerb Verb,
    string File,
    JsonObject Variables,
    DateOnly? Start,
    IReadOnlyDictionary<string, int> LateMessages);

internal enum PlaybookVerb { Validate, Simulate }

/// <summary>The command line was not understood; the message says what was wrong, the usage text follows it.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>Parses the arguments after <c>playbook</c>.</summary>
internal static class PlaybookArgumentParser
{
    public const string Usage = """
        Usage:
          playbook validate FILE.bpmn
          playbook simulate FILE.bpmn [--var name=JSON ...] [--start YYYY-MM-DD] [--late Message=DAYS ...]

        validate   reads the playbook and lists every problem, each with the element to fix.
                   Exit code 1 when there is an error, else 0.
        simulate   validates, then runs one onboarding on a virtual clock: each work item is completed
                   when due, each awaited message arrives, service tasks run as no-ops, and timers fire
                   when nothing else can happen. Exit code 0 when it completes, 2 when it gets stuck.

        --var name=JSON      a variable the onboarding starts with; the value is JSON
                             (--var budget=8000 --var depositPaid=true --var client='{"name":"Acme"}');
                             a bare word that is not JSON is a string (--var tier=gold).
        --start YYYY-MM-DD   the day the onboarding starts, at 09:00 UTC (default: today).
        --late Message=DAYS  the message arrives DAYS business days after the wait for it starts
                             (--late QuestionnaireSubmitted=12).
        """;

    /// <summary>Parses <paramref name="args"/> (starting with <c>playbook</c>); throws <see cref="UsageException"/>.</summary>
    public static PlaybookArguments Parse(IReadOnlyList<string> args)
    {
        if (args.Count < 2)
        {
            throw new UsageException("Say what to do: validate or simulate.");
        }

        var verb = args[1] switch
        {
            "validate" => PlaybookVerb.Validate,
            "simulate" => PlaybookVerb.Simulate,
            var other => throw new UsageException($"'{other}' is not a playbook command; use validate or simulate."),
        };
        if (args.Count < 3 || args[2].StartsWith("--", StringComparison.Ordinal))
        {
            throw new UsageException("Give the BPMN file to read, e.g. playbook validate my-playbook.bpmn.");
        }

        var variables = new JsonObject();
        var late = new Dictionary<string, int>(StringComparer.Ordinal);
        DateOnly? start = null;
        for (var i = 3; i < args.Count; i++)
        {
            var option = args[i];
            if (verb == PlaybookVerb.Validate)
            {
                throw new UsageException($"validate takes only the file; '{option}' is not expected.");
            }

            var value = i + 1 < args.Count ? args[++i] : throw new UsageException($"'{option}' needs a value.");
            switch (option)
            {
                case "--var":
                    var (name, text) = Pair(option, value, "name=JSON");
                    variables[name] = ParseValue(text);
                    break;
                case "--start":
                    start = DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                        ? day
                        : throw new UsageException($"--start '{value}' is not a date; write it as YYYY-MM-DD, e.g. 2026-12-01.");
                    break;
                case "--late":
                    var (message, days) = Pair(option, value, "Message=DAYS");
                    late[message] = int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 250
                        ? n
                        : throw new UsageException($"--late {value}: the delay must be a number of business days from 0 to 250.");
                    break;
                default:
                    throw new UsageException($"'{option}' is not an option of simulate; use --var, --start or --late.");
            }
        }

        return new PlaybookArguments(verb, args[2], variables, start, late);
    }

    /// <summary>JSON when it parses as JSON (numbers, true/false, null, quoted strings, objects, arrays), else the text as a string.</summary>
    public static JsonNode? ParseValue(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }

    private static (string Name, string Value) Pair(string option, string text, string shape)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new UsageException($"{option} '{text}' must be written as {shape}.");
        }

        return (text[..equals].Trim(), text[(equals + 1)..]);
    }
}
