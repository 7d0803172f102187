using Onboarding.Domain.Onboardings;

namespace Onboarding.Workflows.Onboardings.Access;

/// <summary>Common platforms of each kind, offered while typing a platform name (any other name is fine too).</summary>
public static class PlatformSuggestions
{
    public static IReadOnlyList<string> For(PlatformKind kind) => kind switch
    {
        PlatformKind.Website => ["Hosting control panel", "Domain registrar (DNS)", "Google Tag Manager"],
        PlatformKind.Cms => ["WordPress", "Webflow", "Shopify", "Squarespace", "Drupal"],
        PlatformKind.Analytics => ["Google Analytics 4", "Adobe Analytics", "Matomo", "Hotjar"],
        PlatformKind.SearchConsole => ["Google Search Console", "Bing Webmaster Tools"],
        PlatformKind.AdAccounts => ["Google Ads", "Meta Ads Manager", "LinkedIn Campaign Manager", "Microsoft Advertising"],
        PlatformKind.Social => ["Facebook Page", "Instagram", "LinkedIn Page", "X", "TikTok", "YouTube"],
        PlatformKind.Crm => ["HubSpot", "Salesforce", "Pipedrive", "Zoho CRM"],
        PlatformKind.EmailMarketing => ["Mailchimp", "Klaviyo", "Brevo", "Campaign Monitor"],
        PlatformKind.Other => [],
    };
}
