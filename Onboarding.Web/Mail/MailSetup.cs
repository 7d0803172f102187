using Microsoft.Extensions.DependencyInjection.Extensions;
using Onboarding.Workflows.Mail;

namespace Onboarding.Web.Mail;

public static class MailSetup
{
    /// <summary>
    /// E-mail delivery from the <c>Mail</c> section: SMTP when <c>Mail:Smtp:Host</c> is set, else the pickup folder; the outbox
    /// dispatcher, and its loop unless <c>Mail:RunDispatcher</c> is false.
    /// </summary>
    public static IServiceCollection AddOnboardingMail(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new MailOptions();
        configuration.GetSection(MailOptions.Section).Bind(options);
        services.AddSingleton(options);
        var firstAddress = configuration["urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        services.Replace(ServiceDescriptor.Singleton(new PublicUrls(options.PublicBaseUrl ?? firstAddress?.Replace("://+", "://localhost").Replace("://*", "://localhost"))));
        services.AddSingleton<IMailTransport>(sp => options.UsesSmtp
            ? new SmtpMailTransport(options)
            : new PickupFolderTransport(options.PickupPath(sp.GetRequiredService<IHostEnvironment>().ContentRootPath)));
        services.AddSingleton<OutboxDispatcher>();
        if (configuration.GetValue("Mail:RunDispatcher", defaultValue: true))
        {
            services.AddHostedService<OutboxDispatchService>();
        }
        return services;
    }
}
