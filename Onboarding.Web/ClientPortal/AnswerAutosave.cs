using Onboarding.Workflows.ClientLinks;
using System.Text.Json.Nodes;
using Onboarding.Domain.Common;
using Onboarding.Workflows.Questionnaires;
using Onboarding.Workflows.Questionnaires.Answering;

namespace Onboarding.Web.ClientPortal;

/// <summary>The save state of one answer as the client sees it.</summary>
public enum SaveState { Idle, Pending, Saving, Saved, Failed }

/// <summary>
/// Saves one question's answer as the client types: waits for a pause (~600 ms), then saves the latest value; a
/// failure that may pass (a dropped connection, a busy server) is retried, a refusal (not a valid e-mail, too long)
/// waits for the next change. Tells the page after every change of state.
/// </summary>
public sealed class AnswerAutosave(QuestionnaireAnswering answering, string token, string questionKey, TimeProvider clock, Func<Task> changed) : IDisposable
{
    public static TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(600);
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    // One save of this answer at a time, always of the latest value: an older save can never land after a newer one.
    private readonly SemaphoreSlim saving = new(1, 1);
    private CancellationTokenSource? waiting;
    private JsonNode? latest;
    private int version;

    public SaveState State { get; private set; }
    public DateTime? SavedAtUtc { get; private set; }
    public string? Error { get; private set; }
    public bool Retrying { get; private set; }

    /// <summary>Told after a save with the progress it returned.</summary>
    public Action<QuestionnaireProgress>? Progressed { get; set; }

    public bool HasUnsaved => State is SaveState.Pending or SaveState.Saving || (State == SaveState.Failed && Retrying);

    public void Changed(JsonNode? value)
    {
        latest = value?.DeepClone();
        var mine = ++version;
        waiting?.Cancel();
        waiting = new CancellationTokenSource();
        State = SaveState.Pending;
        _ = RunAsync(mine, Debounce, waiting.Token);
    }

    /// <summary>Saves now whatever is waiting, after any save in flight (used before submitting); false when it did not save.</summary>
    public async Task<bool> FlushAsync()
    {
        if (State is SaveState.Idle or SaveState.Saved) return true;
        waiting?.Cancel();
        await SaveAsync(version, CancellationToken.None);
        return State == SaveState.Saved;
    }

    private async Task RunAsync(int mine, TimeSpan delay, CancellationToken ct)
    {
        try
        {
            await Task.Delay(delay, clock, ct);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        await SaveAsync(mine, ct);
    }

    private async Task SaveAsync(int mine, CancellationToken ct)
    {
        await saving.WaitAsync(CancellationToken.None);
        try
        {
            await SaveLatestAsync(mine, ct);
        }
        finally
        {
            saving.Release();
        }
    }

    private async Task SaveLatestAsync(int mine, CancellationToken ct)
    {
        if (mine != version) return;
        State = SaveState.Saving;
        await changed();
        try
        {
            var progress = await answering.SaveAnswerAsync(token, questionKey, latest, CancellationToken.None);
            if (mine != version) return; // typed on meanwhile: the newer value saves next
            (State, SavedAtUtc, Error, Retrying) = (SaveState.Saved, clock.GetUtcNow().UtcDateTime, null, false);
            Progressed?.Invoke(progress);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (mine != version) return;
            var transient = e is not DomainException || e is ClientLinkRefusedException { Refusal: ClientLinkRefusal.TooManyRequests };
            (State, Error, Retrying) = (SaveState.Failed, e is DomainException ? e.Message : "the connection to the server failed", transient && e is not QuestionnaireAlreadySubmittedException);
            if (Retrying) _ = RunAsync(mine, RetryAfter, ct);
        }
        await changed();
    }

    public void Dispose() => waiting?.Cancel();
}
