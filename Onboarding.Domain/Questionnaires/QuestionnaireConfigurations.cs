using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.Domain.Onboardings;

namespace Onboarding.Domain.Questionnaires;

internal sealed class QuestionnaireTemplateConfiguration : IEntityTypeConfiguration<QuestionnaireTemplate>
{
    public void Configure(EntityTypeBuilder<QuestionnaireTemplate> b)
    {
        b.ToTable("QuestionnaireTemplates");
        b.Ignore(t => t.Definition);
        b.Property(t => t.Key).HasMaxLength(100).IsRequired();
        b.Property(t => t.Name).HasMaxLength(200).IsRequired();
        b.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(t => t.DefinitionJson).IsRequired();
        b.Property(t => t.CreatedBy).HasMaxLength(256).IsRequired();
        b.Property(t => t.UpdatedBy).HasMaxLength(256).IsRequired();
        b.Property(t => t.PublishedBy).HasMaxLength(256);
        b.Property(t => t.ConcurrencyToken).IsConcurrencyToken();
        b.HasIndex(t => new { t.Key, t.Version }).IsUnique();
    }
}

internal sealed class QuestionnaireConfiguration : IEntityTypeConfiguration<Questionnaire>
{
    public void Configure(EntityTypeBuilder<Questionnaire> b)
    {
        b.ToTable("Questionnaires");
        b.Property(q => q.RecipientName).HasMaxLength(200).IsRequired();
        b.Property(q => q.RecipientEmail).HasMaxLength(256).IsRequired();
        b.Property(q => q.GreetingName).HasMaxLength(100).IsRequired();
        b.Property(q => q.SentBy).HasMaxLength(256).IsRequired();
        b.Property(q => q.SubmittedBy).HasMaxLength(200);
        b.Property(q => q.ConcurrencyToken).IsConcurrencyToken();
        b.HasOne(q => q.Template).WithMany().HasForeignKey(q => q.TemplateId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ClientOnboarding>().WithMany().HasForeignKey(q => q.OnboardingId).OnDelete(DeleteBehavior.Cascade);
        // One questionnaire per onboarding: sending twice at once cannot make two.
        b.HasIndex(q => q.OnboardingId).IsUnique();
    }
}

internal sealed class QuestionnaireAnswerConfiguration : IEntityTypeConfiguration<QuestionnaireAnswer>
{
    public void Configure(EntityTypeBuilder<QuestionnaireAnswer> b)
    {
        b.ToTable("QuestionnaireAnswers");
        b.Property(a => a.QuestionKey).HasMaxLength(100).IsRequired();
        b.Property(a => a.ValueJson).IsRequired();
        b.HasOne<Questionnaire>().WithMany().HasForeignKey(a => a.QuestionnaireId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => new { a.QuestionnaireId, a.QuestionKey }).IsUnique();
    }
}

internal sealed class QuestionnaireFileConfiguration : IEntityTypeConfiguration<QuestionnaireFile>
{
    public void Configure(EntityTypeBuilder<QuestionnaireFile> b)
    {
        b.ToTable("QuestionnaireFiles");
        b.Property(f => f.QuestionKey).HasMaxLength(100).IsRequired();
        b.Property(f => f.FileName).HasMaxLength(255).IsRequired();
        b.Property(f => f.ContentType).HasMaxLength(100).IsRequired();
        b.Property(f => f.Sha256).HasMaxLength(64).IsRequired();
        b.Property(f => f.StorageName).HasMaxLength(300).IsRequired();
        b.HasOne<Questionnaire>().WithMany().HasForeignKey(f => f.QuestionnaireId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(f => new { f.QuestionnaireId, f.QuestionKey });
    }
}
