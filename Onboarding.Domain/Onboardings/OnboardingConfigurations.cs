using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.Domain.People;

namespace Onboarding.Domain.Onboardings;

internal sealed class ClientOnboardingConfiguration : IEntityTypeConfiguration<ClientOnboarding>
{
    public void Configure(EntityTypeBuilder<ClientOnboarding> b)
    {
        b.ToTable("Onboardings");
        b.Property(o => o.AccountManagerId).HasMaxLength(450).IsRequired();
        b.Property(o => o.StartedBy).HasMaxLength(256).IsRequired();
        b.Ignore(o => o.CorrelationKey);
        b.HasOne(o => o.Client).WithMany().HasForeignKey(o => o.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(o => o.WorkflowInstance).WithMany().HasForeignKey(o => o.WorkflowInstanceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(o => o.PlaybookVersion).WithMany().HasForeignKey(o => o.PlaybookVersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(o => o.AccountManagerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(o => o.Team).WithOne().HasForeignKey(m => m.OnboardingId).OnDelete(DeleteBehavior.Cascade);
        // SQL Server filters a unique index on a nullable column to non-null values by itself; SQLite allows many nulls.
        b.HasIndex(o => o.ActiveForClientId).IsUnique();
        b.HasIndex(o => new { o.ClientId, o.StartedAtUtc });
        b.HasIndex(o => o.WorkflowInstanceId).IsUnique();
        b.HasIndex(o => o.AccountManagerId);
    }
}

internal sealed class OnboardingTeamMemberConfiguration : IEntityTypeConfiguration<OnboardingTeamMember>
{
    public void Configure(EntityTypeBuilder<OnboardingTeamMember> b)
    {
        b.ToTable("OnboardingTeamMembers");
        b.Property(m => m.UserId).HasMaxLength(450).IsRequired();
        b.Property(m => m.Role).HasMaxLength(40).IsRequired();
        b.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(m => new { m.OnboardingId, m.UserId, m.Role }).IsUnique();
    }
}
