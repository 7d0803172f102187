using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Onboarding.Domain.Playbooks;

namespace Onboarding.Domain.Onboardings;

/// <summary>
/// Notes which onboardings and workflow instances a save touches, and tells <see cref="OnboardingChanges"/>
/// once the save has committed (a failed save tells nobody).
/// </summary>
public sealed class OnboardingChangeInterceptor(OnboardingChanges changes) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<Guid>> pending = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Publish(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Publish(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context) pending.Remove(context);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null) return;
        var ids = new HashSet<Guid>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            switch (entry.Entity)
            {
                case ClientOnboarding onboarding: ids.Add(onboarding.Id); break;
                case IOnboardingRecord record: ids.Add(record.OnboardingId); break;
                case WorkflowInstance instance: ids.Add(instance.Id); break;
                case WorkItem item: ids.Add(item.InstanceId); break;
            }
        }
        if (ids.Count > 0) pending.AddOrUpdate(context, ids);
    }

    private void Publish(DbContext? context)
    {
        if (context is null || !pending.TryGetValue(context, out var ids)) return;
        pending.Remove(context);
        changes.Raise(ids);
    }
}
