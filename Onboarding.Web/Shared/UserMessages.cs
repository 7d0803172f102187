using MudBlazor;
using Onboarding.Domain.Common;

namespace Onboarding.Web.Shared;

public static class UserMessages
{
    /// <summary>Runs an action and shows a rule broken as a snackbar; returns false when it failed.</summary>
    public static async Task<bool> TryAsync(this ISnackbar snackbar, Func<Task> action)
    {
        try
        {
            await action();
            return true;
        }
        catch (DomainException ex)
        {
            snackbar.Add(ex.Message, Severity.Error);
            return false;
        }
    }
}
