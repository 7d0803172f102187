using Onboarding.Workflows.Runtime;

namespace Onboarding.Web.Documents;

public static class DocumentSetup
{
    /// <summary>The PDF layer and the firm's branding (<c>Documents:Logo</c>: a PNG or JPEG path relative to the content root).</summary>
    public static IServiceCollection AddDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<DocumentRenderer>();
        services.AddSingleton(sp =>
        {
            var firm = sp.GetRequiredService<WorkflowOptions>().FirmName;
            var path = configuration["Documents:Logo"];
            if (string.IsNullOrWhiteSpace(path)) return new FirmBranding(firm, null);
            var full = Path.Combine(sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath, path);
            return new FirmBranding(firm, File.Exists(full) ? File.ReadAllBytes(full) : null);
        });
        return services;
    }
}
