namespace Onboarding.Tests.Browser;

/// <summary>
/// Browser tests run after the parallel tests, one class at a time: a Blazor circuit starting on a machine busy
/// hashing the demo users' passwords for a dozen other app instances is slow for reasons unrelated to the UI.
/// </summary>
[CollectionDefinition(nameof(BrowserCollection), DisableParallelization = true)]
public sealed class BrowserCollection;
