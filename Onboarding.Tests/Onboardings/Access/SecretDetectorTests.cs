using Onboarding.Workflows.Onboardings.Access;

namespace Onboarding.Tests.Onboardings.Access;

/// <summary>The rule table of what the access tracker refuses as a secret, and what it lets through.</summary>
public sealed class SecretDetectorTests
{
    [Theory]
    // A secret word followed by a value.
    [InlineData("password: Hunter2")]
    [InlineData("Password = correct horse battery staple")]
    [InlineData("admin password is tulips")]
    [InlineData("passwd=letmein")]
    [InlineData("pwd: abc")]
    [InlineData("pass: summer2026")]
    [InlineData("user admin / pass:Welcome1")]
    [InlineData("secret: shh")]
    [InlineData("client secret = 8f7d6c")]
    [InlineData("token abc123xyz")]
    [InlineData("api key: whatever")]
    [InlineData("API_KEY=abcdef")]
    [InlineData("password Hunter2!")]
    [InlineData("user admin pw: Summer2026!")]
    [InlineData("user admin pass Welcome1!")]
    [InlineData("login admin / Summer2026!")]
    [InlineData("credentials: admin / Tr0ub4dor&3")]
    [InlineData("password - Summer2026")]
    [InlineData("passphrase: correct horse")]
    // Credentials in a URL.
    [InlineData("https://admin:s3cret@client.com/wp-admin")]
    [InlineData("ftp://deploy:hunter2@files.client.com")]
    // Well-known key shapes.
    [InlineData("AKIAIOSFODNN7EXAMPLE")]
    [InlineData("key sk_live_51HxYzAbCdEfGhIjKl")]
    [InlineData("sk_test_4eC39HqLyjWDarjtT1zdp7dc")]
    [InlineData("ghp_1234567890abcdefghijABCDEFGHIJ123456")]
    [InlineData("xoxb-123456789012-abcdefghij")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U")]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA")]
    [InlineData("-----BEGIN PRIVATE KEY-----")]
    [InlineData("AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY")]
    // Long random tokens.
    [InlineData("use Xk9#mP2$vL7qR4wZ to log in")]
    [InlineData("q8Fz2LmN7pR3tV6yB1cK")]
    [InlineData("5f4dcc3b5aa765d61d8327deb882cf99")]
    public void LooksLikeSecret_CredentialShapes_AreRefused(string text) =>
        SecretDetector.LooksLikeSecret(text).ShouldBeTrue();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("GA4 property 'Main site' (ID 123456789)")]
    [InlineData("Editor role")]
    [InlineData("admin@client.com added as user")]
    [InlineData("marketing.manager@client-company.co.uk invited as admin")]
    [InlineData("Google Ads customer 123-456-7890, standard access")]
    [InlineData("Measurement ID G-ABC123XYZ9")]
    [InlineData("Password reset link sent to the client")]
    [InlineData("Credentials shared via the client's 1Password vault")]
    [InlineData("https://www.client.com/wp-admin/users.php")]
    [InlineData("Pin the report to the shared drive")]
    [InlineData("GoogleAnalyticsAccountManager")]
    [InlineData("1234567890123456789")]
    [InlineData("Google Analytics 4")]
    [InlineData("Meta Ads Manager (business 987654321012345)")]
    [InlineData("Admin access to the token-gated staging site")]
    [InlineData("Password is in the client's 1Password vault")]
    [InlineData("The API key is managed by the client")]
    [InlineData("token is issued by their IT team")]
    [InlineData("Azure subscription 3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    [InlineData("login admin / editor role")]
    public void LooksLikeSecret_OrdinaryNotes_Pass(string? text) =>
        SecretDetector.LooksLikeSecret(text).ShouldBeFalse();

    [Fact]
    public void ShannonEntropy_RepeatedCharacter_IsZero_AndTwoEvenSymbols_IsOneBit()
    {
        SecretDetector.ShannonEntropy("aaaaaaaa").ShouldBe(0);
        SecretDetector.ShannonEntropy("abababab").ShouldBe(1, tolerance: 1e-9);
    }

    [Fact]
    public void IsRandomToken_LongButRepetitive_Passes()
    {
        SecretDetector.IsRandomToken("aaaaaaaaaaaaaaaaaaaaA1").ShouldBeFalse();
        SecretDetector.IsRandomToken("Ab1!Ab1!").ShouldBeFalse("shorter than the minimum length");
    }
}
