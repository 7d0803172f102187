using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.Domain.Playbooks;

namespace Onboarding.Domain.Onboardings;

internal sealed class SuccessGoalConfiguration : IEntityTypeConfiguration<SuccessGoal>
{
    public void Configure(EntityTypeBuilder<SuccessGoal> b)
    {
        b.ToTable("SuccessGoals");
        b.Property(g => g.Metric).HasMaxLength(200).IsRequired();
        b.Property(g => g.Baseline).HasMaxLength(100).IsRequired();
        b.Property(g => g.Target).HasMaxLength(100).IsRequired();
        b.Property(g => g.UpdatedBy).HasMaxLength(256).IsRequired();
        b.HasOne<ClientOnboarding>().WithMany().HasForeignKey(g => g.OnboardingId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(g => new { g.OnboardingId, g.Position });
    }
}

internal sealed class CommunicationPlanConfiguration : IEntityTypeConfiguration<CommunicationPlan>
{
    public void Configure(EntityTypeBuilder<CommunicationPlan> b)
    {
        b.ToTable("CommunicationPlans");
        b.HasKey(p => p.OnboardingId);
        b.Property(p => p.Channel).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.ReportCadence).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.UrgentPath).HasMaxLength(500).IsRequired();
        b.Property(p => p.Notes).HasMaxLength(2000);
        b.Property(p => p.UpdatedBy).HasMaxLength(256).IsRequired();
        b.HasOne<ClientOnboarding>().WithOne().HasForeignKey<CommunicationPlan>(p => p.OnboardingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReportingPlanConfiguration : IEntityTypeConfiguration<ReportingPlan>
{
    public void Configure(EntityTypeBuilder<ReportingPlan> b)
    {
        b.ToTable("ReportingPlans");
        b.HasKey(p => p.OnboardingId);
        b.Property(p => p.Kpis).HasMaxLength(2000).IsRequired();
        b.Property(p => p.ReportTemplate).HasMaxLength(200).IsRequired();
        b.Property(p => p.Cadence).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.UpdatedBy).HasMaxLength(256).IsRequired();
        b.HasOne<ClientOnboarding>().WithOne().HasForeignKey<ReportingPlan>(p => p.OnboardingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BrandGuidelinesConfiguration : IEntityTypeConfiguration<BrandGuidelines>
{
    public void Configure(EntityTypeBuilder<BrandGuidelines> b)
    {
        b.ToTable("BrandGuidelines");
        b.HasKey(g => g.OnboardingId);
        b.Property(g => g.Location).HasMaxLength(500).IsRequired();
        b.Property(g => g.UpdatedBy).HasMaxLength(256).IsRequired();
        b.HasOne<ClientOnboarding>().WithOne().HasForeignKey<BrandGuidelines>(g => g.OnboardingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlatformAccessConfiguration : IEntityTypeConfiguration<PlatformAccess>
{
    public void Configure(EntityTypeBuilder<PlatformAccess> b)
    {
        b.ToTable("PlatformAccess");
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Platform).HasMaxLength(100).IsRequired();
        b.Property(a => a.TeamMemberId).HasMaxLength(450).IsRequired();
        b.Property(a => a.RequestedBy).HasMaxLength(256).IsRequired();
        b.Property(a => a.GrantedBy).HasMaxLength(256);
        b.Property(a => a.VerifiedBy).HasMaxLength(256);
        b.Property(a => a.Note).HasMaxLength(300);
        b.Property(a => a.ConcurrencyToken).IsConcurrencyToken();
        b.HasOne<ClientOnboarding>().WithMany().HasForeignKey(a => a.OnboardingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<People.AppUser>().WithMany().HasForeignKey(a => a.TeamMemberId).OnDelete(DeleteBehavior.Restrict);
        // One row per platform and person: a second request for the same access is the same access.
        b.HasIndex(a => new { a.OnboardingId, a.Platform, a.TeamMemberId }).IsUnique();
    }
}

internal sealed class KickoffMeetingConfiguration : IEntityTypeConfiguration<KickoffMeeting>
{
    public void Configure(EntityTypeBuilder<KickoffMeeting> b)
    {
        b.ToTable("KickoffMeetings");
        b.HasKey(m => m.OnboardingId);
        b.Property(m => m.TimeZoneId).HasMaxLength(64).IsRequired();
        b.Property(m => m.Location).HasMaxLength(500).IsRequired();
        b.Property(m => m.AttendeesJson).IsRequired();
        b.Property(m => m.Agenda).HasMaxLength(4000).IsRequired();
        b.Property(m => m.UpdatedBy).HasMaxLength(256).IsRequired();
        b.HasOne<ClientOnboarding>().WithOne().HasForeignKey<KickoffMeeting>(m => m.OnboardingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WorkItemCommentConfiguration : IEntityTypeConfiguration<WorkItemComment>
{
    public void Configure(EntityTypeBuilder<WorkItemComment> b)
    {
        b.ToTable("WorkItemComments");
        b.Property(c => c.AuthorId).HasMaxLength(450).IsRequired();
        b.Property(c => c.AuthorName).HasMaxLength(256).IsRequired();
        b.Property(c => c.Text).HasMaxLength(4000).IsRequired();
        b.HasOne<ClientOnboarding>().WithMany().HasForeignKey(c => c.OnboardingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<WorkItem>().WithMany().HasForeignKey(c => c.WorkItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.WorkItemId, c.AtUtc });
        b.HasIndex(c => new { c.OnboardingId, c.AtUtc });
    }
}
