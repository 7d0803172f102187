using Onboarding.Workflows.Billing.Payments;
using Onboarding.Workflows.Messages;

namespace Onboarding.Workflows.Onboardings.Board;

/// <summary>Who or what an onboarding waits for next.</summary>
public enum NextActionKind { WorkItem, Client, Payment, Timer, Nothing }

/// <summary>
/// The next thing to happen: the open work item due first (with its assignee and due date), or, when no work item is open,
/// what the workflow waits for (the client, a payment, a timer).
/// </summary>
public sealed record NextAction(NextActionKind Kind, string Text, string? Assignee, DateTime? DueAtUtc)
{
    public static NextAction None { get; } = new(NextActionKind.Nothing, "Nothing waiting", null, null);

    /// <summary>
    /// A message wait, named for people: the deposit as <see cref="DepositWait"/> words it (with what is due when
    /// <paramref name="deposit"/> is issued), other payments by their name, anything else is the client's move.
    /// </summary>
    public static NextAction ForMessage(string messageName, DepositDue? deposit = null) =>
        messageName == KnownMessages.DepositPaid ? new(NextActionKind.Payment, DepositWait.Text(deposit), null, null)
        : StageWait.IsPayment(messageName) ? new(NextActionKind.Payment, $"Waits for payment: {Words(messageName)}", null, null)
        : new(NextActionKind.Client, $"Waits for the client: {Words(messageName)}", null, null);

    public static NextAction ForTimer(DateTime dueAtUtc) => new(NextActionKind.Timer, "Waits for a timer", null, dueAtUtc);

    /// <summary>"QuestionnaireSubmitted" → "Questionnaire submitted".</summary>
    private static string Words(string pascal)
    {
        var text = new System.Text.StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (i > 0 && char.IsUpper(c) && char.IsLower(pascal[i - 1])) text.Append(' ').Append(char.ToLowerInvariant(c));
            else text.Append(c);
        }
        return text.ToString();
    }
}
