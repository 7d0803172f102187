using System.Text.Json.Nodes;
using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Engine;

/// <summary>
/// One engine step on a cloned state: applies the stimulus, then moves tokens through a work queue
/// (never recursion along a path) until each rests in a wait state or the instance has ended.
/// </summary>
internal sealed partial class StepRun(ProcessModel model, InstanceState state, StepEnvironment env)
{
    private readonly ModelIndex index = ModelIndex.For(model);
    private readonly DateTime now = env.NowUtc;
    private readonly Queue<Token> arrivals = new();
    private HashSet<Token>? removed;
    private int transitions;

    public InstanceState State => state;

    public Effects Effects { get; } = new();

    /// <summary>Applies the stimulus; returns why it was ignored, or null when it applied.</summary>
    public string? Apply(Stimulus stimulus)
    {
        var ignoredBecause = stimulus switch
        {
            StartInstance start => Start(start),
            CompleteWorkItem complete => CompleteWorkItem(complete),
            DeliverMessage message => DeliverMessage(message),
            FireTimer fire => FireTimer(fire),
            AutomationSucceeded succeeded => AutomationSucceeded(succeeded),
            AutomationFailed failed => AutomationFailed(failed),
            RetryIncident retry => RetryIncident(retry),
            SetVariables set => SetVariables(set),
            CancelInstance cancel => CancelInstance(cancel),
            _ => throw new ArgumentException($"Unknown stimulus {stimulus.GetType().Name}.", nameof(stimulus)),
        };
        if (ignoredBecause is null)
        {
            Drain();
        }

        return ignoredBecause;
    }

    /// <summary>Moves every queued token into its next node until the queue is empty.</summary>
    private void Drain()
    {
        while (arrivals.Count > 0)
        {
            var token = arrivals.Dequeue();
            if (removed is not null && removed.Contains(token))
            {
                continue;
            }

            if (++transitions > env.MaxTransitionsPerStep)
            {
                var label = index.TryGet(token.NodeId, out var info) ? info.Node.Label : token.NodeId;
                RaiseIncident(token, $"The workflow passed through more than {env.MaxTransitionsPerStep:N0} elements in one step " +
                    $"without waiting; it seems to loop without a wait state at '{label}'. Fix the conditions of the loop or add a wait to it.",
                    IncidentRetry.Enter);
                continue;
            }

            Enter(token);
        }
    }

    private Token? FindToken(int id)
    {
        var tokens = state.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Id == id)
            {
                return tokens[i];
            }
        }

        return null;
    }

    private bool HasTokensIn(int scopeTokenId)
    {
        foreach (var token in state.Tokens)
        {
            if (token.ScopeTokenId == scopeTokenId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A new token on a node, queued to enter it.</summary>
    private Token NewToken(string nodeId, int? scopeTokenId, string? viaFlowId = null)
    {
        var token = new Token { Id = state.NextTokenId++, NodeId = nodeId, ScopeTokenId = scopeTokenId, ArrivedViaFlowId = viaFlowId, EnteredAtUtc = now };
        state.Tokens.Add(token);
        return token;
    }

    private void RemoveToken(Token token)
    {
        var tokens = state.Tokens;
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            if (ReferenceEquals(tokens[i], token))
            {
                tokens.RemoveAt(i);
                break;
            }
        }

        (removed ??= new HashSet<Token>(ReferenceEqualityComparer.Instance)).Add(token);
    }

    private void Merge(JsonObject? values)
    {
        if (values is null)
        {
            return;
        }

        foreach (var (name, value) in values)
        {
            state.Variables[name] = value?.DeepClone();
        }
    }

    private void Journal(JournalKind kind, FlowNode? node, int? tokenId, string text, string? by = null) =>
        Effects.Journal.Add(new JournalLine(now, kind, node?.Id, tokenId, text, by));
}
