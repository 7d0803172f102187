using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.Domain.Onboardings;

namespace Onboarding.Domain.ClientLinks;

internal sealed class ClientLinkConfiguration : IEntityTypeConfiguration<ClientLink>
{
    public void Configure(EntityTypeBuilder<ClientLink> b)
    {
        b.ToTable("ClientLinks");
        b.Property(l => l.Purpose).HasConversion<string>().HasMaxLength(40);
        b.Property(l => l.CreatedBy).HasMaxLength(256).IsRequired();
        b.Property(l => l.RevokedBy).HasMaxLength(256);
        b.HasOne<ClientOnboarding>().WithMany().HasForeignKey(l => l.OnboardingId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(l => new { l.Purpose, l.SubjectId });
    }
}

internal sealed class AppSecretConfiguration : IEntityTypeConfiguration<AppSecret>
{
    public void Configure(EntityTypeBuilder<AppSecret> b)
    {
        b.ToTable("AppSecrets");
        b.HasKey(s => s.Name);
        b.Property(s => s.Name).HasMaxLength(100);
        b.Property(s => s.Value).HasMaxLength(200).IsRequired();
    }
}
