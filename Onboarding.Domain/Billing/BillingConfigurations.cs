using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Onboarding.Domain.Clients;
using Onboarding.Domain.Onboardings;

namespace Onboarding.Domain.Billing;

/// <summary>Money columns keep four decimals: enough for every currency's minor units (BHD has three) after rounding.</summary>
internal static class MoneyColumns
{
    public static PropertyBuilder<decimal> AsMoney(this PropertyBuilder<decimal> property) => property.HasPrecision(18, 4);
}

internal sealed class BillingTermsConfiguration : IEntityTypeConfiguration<BillingTerms>
{
    public void Configure(EntityTypeBuilder<BillingTerms> b)
    {
        b.ToTable("BillingTerms");
        b.Property(t => t.Currency).HasMaxLength(3).IsRequired();
        b.Property(t => t.Model).HasConversion<string>().HasMaxLength(20);
        b.Property(t => t.DepositKind).HasConversion<string>().HasMaxLength(20);
        b.Property(t => t.LateFeeKind).HasConversion<string>().HasMaxLength(20);
        b.Property(t => t.ContractValue).AsMoney();
        b.Property(t => t.MonthlyFee).AsMoney();
        b.Property(t => t.HourlyRate).AsMoney();
        b.Property(t => t.DepositValue).AsMoney();
        b.Property(t => t.LateFeeValue).AsMoney();
        b.Property(t => t.PaymentMethods).HasMaxLength(100).IsRequired();
        b.Property(t => t.MilestonesJson).IsRequired();
        b.Property(t => t.UpdatedBy).HasMaxLength(256).IsRequired();
        b.Property(t => t.ConcurrencyToken).IsConcurrencyToken();
        b.HasOne<ClientOnboarding>().WithMany().HasForeignKey(t => t.OnboardingId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(t => t.OnboardingId).IsUnique();
    }
}

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> b)
    {
        b.ToTable("Invoices");
        b.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.ScheduleKey).HasMaxLength(100);
        b.Property(i => i.Title).HasMaxLength(300).IsRequired();
        b.Property(i => i.Currency).HasMaxLength(3).IsRequired();
        b.Property(i => i.Number).HasMaxLength(30);
        b.Property(i => i.MilestoneStage).HasMaxLength(200);
        b.Property(i => i.IssuedBy).HasMaxLength(256);
        b.Property(i => i.Total).AsMoney();
        b.Property(i => i.AmountPaid).AsMoney();
        b.Property(i => i.VoidedBy).HasMaxLength(256);
        b.Property(i => i.VoidReason).HasMaxLength(1000);
        b.Property(i => i.CreatedBy).HasMaxLength(256).IsRequired();
        b.Property(i => i.UpdatedBy).HasMaxLength(256).IsRequired();
        b.Property(i => i.ConcurrencyToken).IsConcurrencyToken();
        b.Ignore(i => i.Balance);
        b.Ignore(i => i.IsOpen);
        b.HasOne<ClientOnboarding>().WithMany().HasForeignKey(i => i.OnboardingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Client>().WithMany().HasForeignKey(i => i.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(i => i.Lines).WithOne().HasForeignKey(l => l.InvoiceId).OnDelete(DeleteBehavior.Cascade);
        // The backstop of the counter: no two invoices ever share a number.
        b.HasIndex(i => i.Sequence).IsUnique();
        b.HasIndex(i => new { i.OnboardingId, i.ScheduleKey }).IsUnique();
        // The dashboard's filters and aging read these.
        b.HasIndex(i => new { i.Status, i.DueOn });
        b.HasIndex(i => new { i.ClientId, i.IssuedOn });
    }
}

internal sealed class InvoiceLineConfiguration : IEntityTypeConfiguration<InvoiceLine>
{
    public void Configure(EntityTypeBuilder<InvoiceLine> b)
    {
        b.ToTable("InvoiceLines");
        b.Property(l => l.Description).HasMaxLength(500).IsRequired();
        b.Property(l => l.Quantity).HasPrecision(12, 2);
        b.Property(l => l.UnitPrice).AsMoney();
        b.Property(l => l.Amount).AsMoney();
        b.HasOne<BillableItem>().WithMany().HasForeignKey(l => l.BillableItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> b)
    {
        b.ToTable("Payments");
        b.Property(p => p.Currency).HasMaxLength(3).IsRequired();
        b.Property(p => p.Amount).AsMoney();
        b.Property(p => p.Method).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Reference).HasMaxLength(200).IsRequired();
        b.Property(p => p.RecordedBy).HasMaxLength(256).IsRequired();
        b.Property(p => p.VoidedBy).HasMaxLength(256);
        b.Property(p => p.VoidReason).HasMaxLength(1000);
        b.Property(p => p.ConcurrencyToken).IsConcurrencyToken();
        b.Ignore(p => p.IsVoid);
        b.Ignore(p => p.Unallocated);
        b.HasOne<ClientOnboarding>().WithMany().HasForeignKey(p => p.OnboardingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Client>().WithMany().HasForeignKey(p => p.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Allocations).WithOne().HasForeignKey(a => a.PaymentId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => new { p.ClientId, p.ReceivedOn });
    }
}

internal sealed class PaymentAllocationConfiguration : IEntityTypeConfiguration<PaymentAllocation>
{
    public void Configure(EntityTypeBuilder<PaymentAllocation> b)
    {
        b.ToTable("PaymentAllocations");
        b.Property(a => a.Amount).AsMoney();
        b.Property(a => a.AllocatedBy).HasMaxLength(256).IsRequired();
        b.HasOne<Invoice>().WithMany().HasForeignKey(a => a.InvoiceId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => a.InvoiceId);
    }
}

internal sealed class InvoiceCounterConfiguration : IEntityTypeConfiguration<InvoiceCounter>
{
    public void Configure(EntityTypeBuilder<InvoiceCounter> b)
    {
        b.ToTable("InvoiceCounters");
        b.HasKey(c => c.Key);
        b.Property(c => c.Key).HasMaxLength(50);
        b.Property(c => c.ConcurrencyToken).IsConcurrencyToken();
    }
}
