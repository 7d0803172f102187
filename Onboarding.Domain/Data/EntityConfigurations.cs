using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Clients;
using Onboarding.Domain.People;

namespace Onboarding.Domain.Data;

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> b)
    {
        b.Property(c => c.CompanyName).HasMaxLength(200).IsRequired();
        b.Property(c => c.Website).HasMaxLength(300);
        b.Property(c => c.Industry).HasMaxLength(100);
        b.Property(c => c.Currency).HasMaxLength(3).IsRequired();
        b.Property(c => c.TimeZone).HasMaxLength(64).IsRequired();
        b.Property(c => c.Notes).HasMaxLength(4000);
        b.Property(c => c.CreatedBy).HasMaxLength(256).IsRequired();
        b.Property(c => c.ArchivedBy).HasMaxLength(256);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasIndex(c => c.CompanyName);
        b.HasIndex(c => new { c.ArchivedAtUtc, c.CompanyName });
        b.HasMany(c => c.Contacts).WithOne().HasForeignKey(p => p.ClientId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(c => c.IsArchived);
    }
}

internal sealed class ClientContactConfiguration : IEntityTypeConfiguration<ClientContact>
{
    public void Configure(EntityTypeBuilder<ClientContact> b)
    {
        b.Property(p => p.Name).HasMaxLength(150).IsRequired();
        b.Property(p => p.Role).HasConversion<string>().HasMaxLength(40);
        b.Property(p => p.JobTitle).HasMaxLength(100);
        b.Property(p => p.Email).HasMaxLength(254).IsRequired();
        b.Property(p => p.Phone).HasMaxLength(40);
        b.HasIndex(p => new { p.ClientId, p.Position });
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.Actor).HasMaxLength(256).IsRequired();
        b.Property(a => a.SubjectType).HasMaxLength(50).IsRequired();
        b.Property(a => a.SubjectId).HasMaxLength(64).IsRequired();
        b.Property(a => a.Action).HasMaxLength(100).IsRequired();
        b.HasIndex(a => new { a.SubjectType, a.SubjectId, a.AtUtc });
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(150).IsRequired();
        b.Ignore(u => u.IsDisabled);
    }
}
