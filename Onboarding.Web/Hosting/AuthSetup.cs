using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Onboarding.Domain.Data;
using Onboarding.Domain.People;
using Onboarding.Web.Account;

namespace Onboarding.Web.Hosting;

public static class AuthSetup
{
    public static IServiceCollection AddOnboardingAuth(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityStateProvider>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.ExpireTimeSpan = TimeSpan.FromHours(10);
            options.SlidingExpiration = true;
        });
        // A disabled user or changed roles take effect within a minute, not at cookie expiry.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddIdentityCore<AppUser>(IdentityRules)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<OnboardingDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(Policies.SignedIn)
            .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.All))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.ManageClients, p => p.RequireRole(Roles.AccountManager, Roles.Admin))
            .AddPolicy(Policies.OpsLead, p => p.RequireRole(Roles.OpsLead, Roles.Admin))
            .AddPolicy(Policies.Finance, p => p.RequireRole(Roles.Finance, Roles.Admin))
            .AddPolicy(Policies.AccountManager, p => p.RequireRole(Roles.AccountManager, Roles.Admin))
            .AddPolicy(Policies.StartOnboardings, p => p.RequireRole(Roles.AccountManager, Roles.OpsLead, Roles.Admin));
        return services;
    }

    /// <summary>Password, lockout and e-mail rules; tests build Identity with the same ones.</summary>
    internal static void IdentityRules(IdentityOptions options)
    {
        options.User.RequireUniqueEmail = true;
        options.Password.RequiredLength = 10;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
    }
}
