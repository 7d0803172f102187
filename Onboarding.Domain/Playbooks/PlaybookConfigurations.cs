using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Onboarding.Domain.Playbooks;

internal sealed class PlaybookConfiguration : IEntityTypeConfiguration<Playbook>
{
    public void Configure(EntityTypeBuilder<Playbook> b)
    {
        b.Property(p => p.Key).HasMaxLength(100).IsRequired();
        b.Property(p => p.Name).HasMaxLength(200).IsRequired();
        b.Property(p => p.Description).HasMaxLength(2000);
        b.Property(p => p.CreatedBy).HasMaxLength(256).IsRequired();
        b.HasIndex(p => p.Key).IsUnique();
        b.HasMany(p => p.Versions).WithOne(v => v.Playbook).HasForeignKey(v => v.PlaybookId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlaybookVersionConfiguration : IEntityTypeConfiguration<PlaybookVersion>
{
    public void Configure(EntityTypeBuilder<PlaybookVersion> b)
    {
        b.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(v => v.Xml).IsRequired();
        b.Property(v => v.StagesJson).IsRequired();
        b.Property(v => v.Checksum).HasMaxLength(64);
        b.Property(v => v.CreatedBy).HasMaxLength(256).IsRequired();
        b.Property(v => v.UpdatedBy).HasMaxLength(256).IsRequired();
        b.Property(v => v.PublishedBy).HasMaxLength(256);
        b.Property(v => v.ConcurrencyToken).IsConcurrencyToken();
        b.HasIndex(v => new { v.PlaybookId, v.Number }).IsUnique();
    }
}

internal sealed class WorkflowInstanceConfiguration : IEntityTypeConfiguration<WorkflowInstance>
{
    public void Configure(EntityTypeBuilder<WorkflowInstance> b)
    {
        b.Property(i => i.CorrelationKey).HasMaxLength(100).IsRequired();
        b.Property(i => i.Title).HasMaxLength(200).IsRequired();
        b.Property(i => i.Status).HasMaxLength(20).IsRequired();
        b.Property(i => i.CurrentStages).HasMaxLength(1000).IsRequired();
        b.Property(i => i.StateJson).IsRequired();
        b.Property(i => i.StartedBy).HasMaxLength(256).IsRequired();
        b.Property(i => i.ConcurrencyToken).IsConcurrencyToken();
        b.HasOne(i => i.PlaybookVersion).WithMany().HasForeignKey(i => i.PlaybookVersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(i => i.CorrelationKey);
        b.HasIndex(i => new { i.PlaybookVersionId, i.Status });
        b.HasIndex(i => new { i.Status, i.StartedAtUtc });
    }
}

internal sealed class WorkItemConfiguration : IEntityTypeConfiguration<WorkItem>
{
    public void Configure(EntityTypeBuilder<WorkItem> b)
    {
        b.Property(w => w.NodeId).HasMaxLength(200).IsRequired();
        b.Property(w => w.Title).HasMaxLength(300).IsRequired();
        b.Property(w => w.Stage).HasMaxLength(100);
        b.Property(w => w.Role).HasMaxLength(40);
        b.Property(w => w.AssigneeId).HasMaxLength(450);
        b.Property(w => w.ChecklistJson).IsRequired();
        b.Property(w => w.Form).HasMaxLength(100);
        b.Property(w => w.Gate).HasMaxLength(100);
        b.Property(w => w.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(w => w.ClosedBy).HasMaxLength(256);
        b.HasOne<WorkflowInstance>().WithMany().HasForeignKey(w => w.InstanceId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(w => new { w.InstanceId, w.Status });
        b.HasIndex(w => new { w.Status, w.Role, w.DueAtUtc });
        b.HasIndex(w => new { w.AssigneeId, w.Status });
    }
}

internal sealed class WorkflowTimerConfiguration : IEntityTypeConfiguration<WorkflowTimer>
{
    public void Configure(EntityTypeBuilder<WorkflowTimer> b)
    {
        b.Property(t => t.TimerKey).HasMaxLength(40).IsRequired();
        b.Property(t => t.NodeId).HasMaxLength(200).IsRequired();
        b.Property(t => t.Purpose).HasMaxLength(20).IsRequired();
        b.Property(t => t.LeaseOwner).HasMaxLength(100);
        b.HasOne<WorkflowInstance>().WithMany().HasForeignKey(t => t.InstanceId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(t => new { t.InstanceId, t.TimerKey }).IsUnique();
        b.HasIndex(t => t.DueAtUtc);
    }
}

internal sealed class MessageSubscriptionConfiguration : IEntityTypeConfiguration<MessageSubscription>
{
    public void Configure(EntityTypeBuilder<MessageSubscription> b)
    {
        b.Property(m => m.NodeId).HasMaxLength(200).IsRequired();
        b.Property(m => m.MessageName).HasMaxLength(100).IsRequired();
        b.Property(m => m.CorrelationKey).HasMaxLength(100).IsRequired();
        b.HasOne<WorkflowInstance>().WithMany().HasForeignKey(m => m.InstanceId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => new { m.MessageName, m.CorrelationKey });
        b.HasIndex(m => new { m.InstanceId, m.TokenId });
    }
}

internal sealed class AutomationJobConfiguration : IEntityTypeConfiguration<AutomationJob>
{
    public void Configure(EntityTypeBuilder<AutomationJob> b)
    {
        b.Property(j => j.NodeId).HasMaxLength(200).IsRequired();
        b.Property(j => j.Automation).HasMaxLength(100).IsRequired();
        b.Property(j => j.ParametersJson).IsRequired();
        b.Property(j => j.LeaseOwner).HasMaxLength(100);
        b.HasOne<WorkflowInstance>().WithMany().HasForeignKey(j => j.InstanceId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(j => j.CreatedAtUtc);
        b.HasIndex(j => new { j.InstanceId, j.TokenId, j.Attempt }).IsUnique();
    }
}

internal sealed class WorkflowIncidentConfiguration : IEntityTypeConfiguration<WorkflowIncident>
{
    public void Configure(EntityTypeBuilder<WorkflowIncident> b)
    {
        b.Property(i => i.NodeId).HasMaxLength(200).IsRequired();
        b.Property(i => i.Message).HasMaxLength(4000).IsRequired();
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.ResolvedBy).HasMaxLength(256);
        b.HasOne<WorkflowInstance>().WithMany().HasForeignKey(i => i.InstanceId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(i => new { i.InstanceId, i.Status });
        b.HasIndex(i => i.Status);
    }
}

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> b)
    {
        b.Property(j => j.Kind).HasMaxLength(40).IsRequired();
        b.Property(j => j.NodeId).HasMaxLength(200);
        b.Property(j => j.Text).HasMaxLength(2000).IsRequired();
        b.Property(j => j.By).HasMaxLength(256);
        b.HasOne<WorkflowInstance>().WithMany().HasForeignKey(j => j.InstanceId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(j => new { j.InstanceId, j.Id });
    }
}

internal sealed class BufferedMessageConfiguration : IEntityTypeConfiguration<BufferedMessage>
{
    public void Configure(EntityTypeBuilder<BufferedMessage> b)
    {
        b.Property(m => m.MessageName).HasMaxLength(100).IsRequired();
        b.Property(m => m.CorrelationKey).HasMaxLength(100).IsRequired();
        b.Property(m => m.PayloadJson).IsRequired();
        b.Property(m => m.By).HasMaxLength(256);
        b.HasIndex(m => new { m.MessageName, m.CorrelationKey });
    }
}
