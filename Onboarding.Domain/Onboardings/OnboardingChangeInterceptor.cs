using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Onboarding.Domain.Playbooks;

namespace Onboarding.Domain.Onboardings;

/// <summary>
/// Notes which onboardings and workflow instances a save touches, and tells <see cref="OnboardingChanges"/>
/// once the save has committed (a failed save tells nobody). A save inside an explicit transaction (the invoice
/// issuer's, a schedule regenerated with the terms) is told when that transaction commits, not before: a page
/// reloading on the notice would otherwise read the rows as they were.
/// </summary>
public sealed class OnboardingChangeInterceptor(OnboardingChanges changes) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<Guid>> committing = new();

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
        if (context.Database.CurrentTransaction is null)
        {
            changes.Raise(ids);
            return;
        }
        if (committing.TryGetValue(context, out var waiting)) waiting.UnionWith(ids);
        else committing.AddOrUpdate(context, ids);
    }

    public void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is not { } context || !committing.TryGetValue(context, out var ids)) return;
        committing.Remove(context);
        changes.Raise(ids);
    }

    public Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context) committing.Remove(context);
    }

    public Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }
}
