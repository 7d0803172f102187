namespace Onboarding.Tests.Workflows.Playbooks;

/// <summary>Files every developer and CI have at <c>../shared</c> beside the checkout (the folder holding Onboarding.sln).</summary>
internal static class SharedFiles
{
    public static string Path(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Onboarding.sln")))
            {
                return System.IO.Path.Combine([dir.FullName, "..", "shared", .. parts]);
            }
        }

        throw new InvalidOperationException($"No folder holding Onboarding.sln above {AppContext.BaseDirectory}.");
    }
}
