using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Onboardings;

namespace Onboarding.Domain.Scope;

internal sealed class StatementOfWorkConfiguration : IEntityTypeConfiguration<StatementOfWork>
{
    public void Configure(EntityTypeBuilder<StatementOfWork> b)
    {
        b.ToTable("StatementsOfWork");
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.ContentJson).IsRequired();
        b.Property(s => s.CreatedBy).HasMaxLength(256).IsRequired();
        b.Property(s => s.UpdatedBy).HasMaxLength(256).IsRequired();
        b.Property(s => s.SentBy).HasMaxLength(256);
        b.Property(s => s.SentToName).HasMaxLength(200);
        b.Property(s => s.SentToEmail).HasMaxLength(256);
        b.Property(s => s.DecidedByName).HasMaxLength(200);
        b.Property(s => s.ChangesRequested).HasMaxLength(4000);
        b.Property(s => s.ConcurrencyToken).IsConcurrencyToken();
        b.HasOne<ClientOnboarding>().WithMany().HasForeignKey(s => s.OnboardingId).OnDelete(DeleteBehavior.Cascade);
        // Two people starting a new version at once cannot both make v3.
        b.HasIndex(s => new { s.OnboardingId, s.Version }).IsUnique();
    }
}

internal sealed class ChangeRequestConfiguration : IEntityTypeConfiguration<ChangeRequest>
{
    public void Configure(EntityTypeBuilder<ChangeRequest> b)
    {
        b.ToTable("ChangeRequests");
        b.Property(c => c.Title).HasMaxLength(200).IsRequired();
        b.Property(c => c.RequestedBy).HasMaxLength(200).IsRequired();
        b.Property(c => c.Description).HasMaxLength(4000).IsRequired();
        b.Property(c => c.Reason).HasMaxLength(2000).IsRequired();
        b.Property(c => c.ImpactHours).HasPrecision(9, 2);
        b.Property(c => c.ImpactCost).HasPrecision(18, 2);
        b.Property(c => c.Currency).HasMaxLength(3).IsRequired();
        b.Property(c => c.Priority).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(30);
        b.Property(c => c.RaisedFrom).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.CreatedBy).HasMaxLength(256).IsRequired();
        b.Property(c => c.UpdatedBy).HasMaxLength(256).IsRequired();
        b.Property(c => c.SentForApprovalBy).HasMaxLength(256);
        b.Property(c => c.DecidedByName).HasMaxLength(200);
        b.Property(c => c.DecisionNote).HasMaxLength(2000);
        b.Property(c => c.BilledBy).HasMaxLength(256);
        b.Property(c => c.ConcurrencyToken).IsConcurrencyToken();
        b.HasOne<ClientOnboarding>().WithMany().HasForeignKey(c => c.OnboardingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StatementOfWork>().WithMany().HasForeignKey(c => c.StatementOfWorkId).OnDelete(DeleteBehavior.Restrict);
        // Numbers are per onboarding with no duplicates, even when two are raised at once.
        b.HasIndex(c => new { c.OnboardingId, c.Number }).IsUnique();
    }
}

internal sealed class ScopeCheckInConfiguration : IEntityTypeConfiguration<ScopeCheckIn>
{
    public void Configure(EntityTypeBuilder<ScopeCheckIn> b)
    {
        b.ToTable("ScopeCheckIns");
        b.Property(c => c.Health).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Notes).HasMaxLength(4000).IsRequired();
        b.Property(c => c.DeliveredJson).IsRequired();
        b.Property(c => c.RecordedBy).HasMaxLength(256).IsRequired();
        b.HasOne<ClientOnboarding>().WithMany().HasForeignKey(c => c.OnboardingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StatementOfWork>().WithMany().HasForeignKey(c => c.StatementOfWorkId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.OnboardingId, c.HeldOn });
    }
}

internal sealed class BillableItemConfiguration : IEntityTypeConfiguration<BillableItem>
{
    public void Configure(EntityTypeBuilder<BillableItem> b)
    {
        b.ToTable("BillableItems");
        b.Property(i => i.Description).HasMaxLength(300).IsRequired();
        b.Property(i => i.Amount).HasPrecision(18, 2);
        b.Property(i => i.Currency).HasMaxLength(3).IsRequired();
        b.Property(i => i.BilledBy).HasMaxLength(256);
        b.HasOne<ClientOnboarding>().WithMany().HasForeignKey(i => i.OnboardingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ChangeRequest>().WithMany().HasForeignKey(i => i.ChangeRequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Invoice>().WithMany().HasForeignKey(i => i.InvoiceId).OnDelete(DeleteBehavior.Restrict);
        // One invoice line per change request, however often approval is delivered.
        b.HasIndex(i => i.ChangeRequestId).IsUnique();
    }
}
