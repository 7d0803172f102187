using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Onboarding.Domain.Mail;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("OutboxMessages");
        b.Property(m => m.Kind).HasMaxLength(100).IsRequired();
        b.Property(m => m.ToAddress).HasMaxLength(256).IsRequired();
        b.Property(m => m.ToName).HasMaxLength(200).IsRequired();
        b.Property(m => m.ReplyToAddress).HasMaxLength(256);
        b.Property(m => m.ReplyToName).HasMaxLength(200);
        b.Property(m => m.Subject).HasMaxLength(300).IsRequired();
        b.Property(m => m.TextBody).IsRequired();
        b.Property(m => m.HtmlBody).IsRequired();
        b.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.LastError).HasMaxLength(2000);
        b.Property(m => m.CreatedBy).HasMaxLength(256).IsRequired();
        b.Property(m => m.TransportReference).HasMaxLength(500);
        b.Property(m => m.LeaseOwner).HasMaxLength(200);
        b.HasIndex(m => new { m.Status, m.NextAttemptAtUtc });
        b.HasIndex(m => new { m.OnboardingId, m.CreatedAtUtc });
        b.HasIndex(m => m.CreatedAtUtc);
    }
}

internal sealed class EmailTemplateConfiguration : IEntityTypeConfiguration<EmailTemplate>
{
    public void Configure(EntityTypeBuilder<EmailTemplate> b)
    {
        b.ToTable("EmailTemplates");
        b.HasKey(t => t.Key);
        b.Property(t => t.Key).HasMaxLength(100);
        b.Property(t => t.Subject).HasMaxLength(300).IsRequired();
        b.Property(t => t.Body).HasMaxLength(20000).IsRequired();
        b.Property(t => t.UpdatedBy).HasMaxLength(256).IsRequired();
        b.Property(t => t.ConcurrencyToken).IsConcurrencyToken();
    }
}
