using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Common;
using Onboarding.Domain.People;
using Onboarding.Tests.Support;

namespace Onboarding.Tests.Admin;

public sealed class StaffDirectoryTests : IAsyncLifetime
{
    private const string Actor = "boss@firm.com";
    private TestDatabase database = default!;
    private ServiceProvider provider = default!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        provider = await TestServices.BuildAsync(database);
        await provider.AddUserAsync(Actor, Roles.Admin);
    }

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        await database.DisposeAsync();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateAsync_WithRoles_CreatesUserAndWritesAuditLine()
    {
        var id = await Directory().CreateAsync(Draft("jo@firm.com", Roles.Finance, Roles.AccountManager), Actor, Ct);

        var jo = (await Directory().ListAsync("jo@", Ct)).ShouldHaveSingleItem();
        jo.Id.ShouldBe(id);
        jo.DisplayName.ShouldBe("Jo Smith");
        jo.Roles.ShouldBe([Roles.AccountManager, Roles.Finance]);
        jo.Status.ShouldBe(StaffStatus.Active);
        jo.CreatedAtUtc.ShouldBe(database.Clock.GetUtcNow().UtcDateTime);
        jo.LastChangeAtUtc.ShouldBe(jo.CreatedAtUtc);

        var line = (await AuditFor(id)).ShouldHaveSingleItem();
        line.Action.ShouldBe("Created");
        line.Actor.ShouldBe(Actor);
        line.Details.ShouldBe("Jo Smith (jo@firm.com)\nRoles: Account manager, Finance");
        line.Details.ShouldNotContain("Strong!Pass2026");
    }

    [Fact]
    public async Task CreateAsync_DuplicateEmail_RefusedOnTheEmailField()
    {
        await Directory().CreateAsync(Draft("jo@firm.com", Roles.Finance), Actor, Ct);

        var ex = await Should.ThrowAsync<ValidationFailedException>(
            () => Directory().CreateAsync(Draft("JO@firm.com", Roles.OpsLead), Actor, Ct));

        var error = ex.Errors.ShouldHaveSingleItem();
        error.MemberNames.ShouldBe([nameof(StaffMemberDraft.Email)]);
        error.ErrorMessage.ShouldBe("JO@firm.com already has an account.");
    }

    [Fact]
    public async Task CreateAsync_BadEmailNoRoleWeakPassword_ReportsEachFieldReadably()
    {
        var draft = Draft("not-an-email");
        draft.Password = "short";

        var ex = await Should.ThrowAsync<ValidationFailedException>(() => Directory().CreateAsync(draft, Actor, Ct));

        ex.Errors.Select(e => e.MemberNames.Single()).ShouldBe(["Email", "Roles"], ignoreOrder: true);

        draft = Draft("jo@firm.com", Roles.Finance);
        draft.Password = "alllowercase";
        var weak = await Should.ThrowAsync<ValidationFailedException>(() => Directory().CreateAsync(draft, Actor, Ct));
        var error = weak.Errors.ShouldHaveSingleItem();
        error.MemberNames.ShouldBe(["Password"]);
        error.ErrorMessage!.ShouldContain("Passwords must have at least one digit");
        (await Directory().ListAsync("jo@", Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task DisableAsync_OtherUser_LocksOutEndsSessionsAndAudits()
    {
        var id = await Directory().CreateAsync(Draft("jo@firm.com", Roles.Finance), Actor, Ct);
        var stampBefore = (await FindAsync(id)).SecurityStamp;

        await Directory().DisableAsync(id, Actor, Ct);

        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var jo = (await users.FindByIdAsync(id))!;
        jo.IsDisabled.ShouldBeTrue();
        (await users.IsLockedOutAsync(jo)).ShouldBeTrue("sign-in checks lockout before the password");
        jo.SecurityStamp.ShouldNotBe(stampBefore);
        (await Directory().ListAsync(ct: Ct)).Single(u => u.Id == id).Status.ShouldBe(StaffStatus.Disabled);
        (await AuditFor(id))[0].Action.ShouldBe("Disabled");
    }

    [Fact]
    public async Task DisableAsync_Yourself_Refused()
    {
        var me = (await Directory().ListAsync(Actor, Ct)).Single();

        var ex = await Should.ThrowAsync<DomainException>(() => Directory().DisableAsync(me.Id, Actor, Ct));

        ex.Message.ShouldStartWith("You can't disable your own account");
        (await FindAsync(me.Id)).IsDisabled.ShouldBeFalse();
    }

    [Fact]
    public async Task DisableAsync_LastEnabledAdmin_RefusedWithClearMessage()
    {
        var me = (await Directory().ListAsync(Actor, Ct)).Single();

        var ex = await Should.ThrowAsync<DomainException>(() => Directory().DisableAsync(me.Id, "system", Ct));

        ex.Message.ShouldBe("boss (boss@firm.com) is the last enabled admin and cannot be disabled. Make someone else an admin first.");
    }

    [Fact]
    public async Task ChangeRolesAsync_LastEnabledAdminLosingAdmin_RefusedButAllowedOnceAnotherAdminExists()
    {
        var other = await provider.AddUserAsync("second@firm.com", Roles.Admin);
        await Directory().DisableAsync(other.Id, Actor, Ct);
        var me = (await Directory().ListAsync(Actor, Ct)).Single();

        await Should.ThrowAsync<DomainException>(() => Directory().ChangeRolesAsync(me.Id, [Roles.Finance], "system", Ct));

        await Directory().EnableAsync(other.Id, Actor, Ct);
        await Directory().ChangeRolesAsync(me.Id, [Roles.Finance], "second@firm.com", Ct);
        (await Directory().ListAsync(Actor, Ct)).Single().Roles.ShouldBe([Roles.Finance]);
    }

    [Fact]
    public async Task ChangeRolesAsync_OwnAdminRole_Refused()
    {
        await provider.AddUserAsync("second@firm.com", Roles.Admin);
        var me = (await Directory().ListAsync(Actor, Ct)).Single();

        var ex = await Should.ThrowAsync<DomainException>(
            () => Directory().ChangeRolesAsync(me.Id, [Roles.AccountManager], Actor, Ct));

        ex.Message.ShouldBe("You can't remove your own Admin role. Another admin has to do that.");
    }

    [Fact]
    public async Task ChangeRolesAsync_NewRoles_AuditedWithBeforeAndAfterAndEndsSessions()
    {
        var id = await Directory().CreateAsync(Draft("jo@firm.com", Roles.AccountManager), Actor, Ct);
        var stampBefore = (await FindAsync(id)).SecurityStamp;
        database.Clock.Advance(TimeSpan.FromHours(1));

        await Directory().ChangeRolesAsync(id, [Roles.Finance, Roles.AccountManager], Actor, Ct);
        await Directory().ChangeRolesAsync(id, [Roles.AccountManager, Roles.Finance], Actor, Ct);

        var lines = await AuditFor(id);
        lines.Count.ShouldBe(2, "an unchanged set of roles writes no line");
        lines[0].Action.ShouldBe("Roles changed");
        lines[0].Details.ShouldBe("Jo Smith (jo@firm.com)\nRoles: \"Account manager\" → \"Account manager, Finance\"");
        (await FindAsync(id)).SecurityStamp.ShouldNotBe(stampBefore);
        var jo = (await Directory().ListAsync("jo@", Ct)).Single();
        jo.Roles.ShouldBe([Roles.AccountManager, Roles.Finance]);
        jo.LastChangeAtUtc.ShouldBe(database.Clock.GetUtcNow().UtcDateTime);
    }

    [Fact]
    public async Task ChangeRolesAsync_NoRole_RefusedOnTheRolesField()
    {
        var id = await Directory().CreateAsync(Draft("jo@firm.com", Roles.AccountManager), Actor, Ct);

        var ex = await Should.ThrowAsync<ValidationFailedException>(() => Directory().ChangeRolesAsync(id, [], Actor, Ct));

        ex.Errors.ShouldHaveSingleItem().ErrorMessage.ShouldBe("Choose at least one role.");
    }

    [Fact]
    public async Task ResetPasswordAsync_Generated_ReturnsWorkingPasswordUnlocksAndNeverAuditsIt()
    {
        var id = await Directory().CreateAsync(Draft("jo@firm.com", Roles.Finance), Actor, Ct);
        await LockOutAsync(id);
        (await Directory().ListAsync("jo@", Ct)).Single().Status.ShouldBe(StaffStatus.LockedOut);

        var generated = await Directory().ResetPasswordAsync(id, null, Actor, Ct);

        generated.ShouldNotBeNullOrWhiteSpace();
        generated.Length.ShouldBeGreaterThanOrEqualTo(16);
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var jo = (await users.FindByIdAsync(id))!;
        (await users.CheckPasswordAsync(jo, generated)).ShouldBeTrue();
        (await users.IsLockedOutAsync(jo)).ShouldBeFalse();
        var line = (await AuditFor(id))[0];
        line.Action.ShouldBe("Password reset");
        line.Details.ShouldBe("Jo Smith (jo@firm.com)\nGenerated and shown to the admin once.\nUnlocked after too many failed sign-ins.");
        line.Details.ShouldNotContain(generated);
    }

    [Fact]
    public async Task ResetPasswordAsync_TypedPassword_SetsItOrReportsTheRules()
    {
        var id = await Directory().CreateAsync(Draft("jo@firm.com", Roles.Finance), Actor, Ct);

        var weak = await Should.ThrowAsync<ValidationFailedException>(() => Directory().ResetPasswordAsync(id, "abc", Actor, Ct));
        weak.Errors.ShouldHaveSingleItem().ErrorMessage!.ShouldContain("at least 10 characters");

        (await Directory().ResetPasswordAsync(id, "Another!Pass2026", Actor, Ct)).ShouldBeNull();
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        (await users.CheckPasswordAsync((await users.FindByIdAsync(id))!, "Another!Pass2026")).ShouldBeTrue();
    }

    [Fact]
    public async Task EnableAsync_DisabledUser_CanSignInAgain()
    {
        var id = await Directory().CreateAsync(Draft("jo@firm.com", Roles.Finance), Actor, Ct);
        await Directory().DisableAsync(id, Actor, Ct);

        await Directory().EnableAsync(id, Actor, Ct);

        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var jo = (await users.FindByIdAsync(id))!;
        jo.IsDisabled.ShouldBeFalse();
        (await users.IsLockedOutAsync(jo)).ShouldBeFalse();
        (await AuditFor(id)).Select(a => a.Action).ShouldBe(["Enabled", "Disabled", "Created"]);
    }

    private StaffDirectory Directory() =>
        // A fresh scope per call, as separate requests would be; the service must not rely on one context.
        provider.CreateScope().ServiceProvider.GetRequiredService<StaffDirectory>();

    private Task<IReadOnlyList<AuditEntry>> AuditFor(string id) =>
        provider.GetRequiredService<AuditTrail>().ForSubjectAsync(AuditSubjects.User, id, ct: Ct);

    private async Task<AppUser> FindAsync(string id)
    {
        await using var scope = provider.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(id))!;
    }

    private async Task LockOutAsync(string id)
    {
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByIdAsync(id))!;
        (await users.SetLockoutEndDateAsync(user, database.Clock.GetUtcNow().AddMinutes(15))).Succeeded.ShouldBeTrue();
    }

    private static StaffMemberDraft Draft(string email, params string[] roles) => new()
    {
        Email = email, DisplayName = "Jo Smith", Roles = [.. roles], Password = "Strong!Pass2026",
    };
}
