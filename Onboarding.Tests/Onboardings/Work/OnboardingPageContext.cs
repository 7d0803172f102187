using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Onboarding.Web.Onboardings;
using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Onboardings.Timeline;
using Onboarding.Workflows.Onboardings.Work;
using Onboarding.Workflows.Onboardings.Readiness;
using Onboarding.Workflows.Onboardings.Access;
using Onboarding.Workflows.Onboardings.Kickoff;

namespace Onboarding.Tests.Onboardings.Work;

/// <summary>bUnit with the onboarding page's real services over an <see cref="OnboardingWorld"/>, signed in as its account manager.</summary>
public abstract class OnboardingPageContext : OnboardingTabContext
{
    internal void Use(OnboardingWorld world)
    {
        AddAuthorization().SetAuthorized("am@test").SetClaims(new Claim(ClaimTypes.NameIdentifier, world.AccountManager.Id));
        Services.AddSingleton(world.Database.Changes);
        Services.AddSingleton<TimeProvider>(world.Database.Clock);
        Services.AddSingleton(world.Queries);
        Services.AddSingleton(world.Host.Get<OnboardingWorkQuery>());
        Services.AddSingleton(world.Host.Get<WorkItemActions>());
        Services.AddSingleton(world.Host.Get<OnboardingTimeline>());
        // Every tab stays alive on the page, so each one's services are here too.
        Services.AddSingleton(world.Host.Get<ReadinessQueries>());
        Services.AddSingleton(world.Host.Get<SuccessGoals>());
        Services.AddSingleton(world.Host.Get<CommunicationPlans>());
        Services.AddSingleton(world.Host.Get<ReportingPlans>());
        Services.AddSingleton(world.Host.Get<BrandGuidelinesRecords>());
        Services.AddSingleton(world.Host.Get<AccessTracker>());
        Services.AddSingleton(world.Host.Get<KickoffPlanner>());
        Services.AddSingleton(world.Host.Get<Onboarding.Workflows.Questionnaires.QuestionnaireIntake>());
        Services.AddSingleton(world.Host.Get<Onboarding.Workflows.Questionnaires.Sending.QuestionnaireSender>());
        Services.AddSingleton(world.Host.Get<Onboarding.Workflows.Questionnaires.Sending.QuestionnaireOverviews>());
        Services.AddSingleton(world.Host.Get<Onboarding.Workflows.Scope.Sow.SowQueries>());
        Services.AddSingleton(world.Host.Get<Onboarding.Workflows.Scope.Sow.SowDrafts>());
        Services.AddSingleton(world.Host.Get<Onboarding.Workflows.Scope.Sow.SowFollowUp>());
        Services.AddSingleton(world.Host.Get<Onboarding.Workflows.Scope.CheckIns.ScopeCheckInQueries>());
        Services.AddSingleton(world.Host.Get<Onboarding.Workflows.Scope.CheckIns.ScopeCheckIns>());
        // The Scope tab's change requests.
        Services.AddSingleton(world.Host.Get<Onboarding.Workflows.Scope.ScopeMail>());
        Services.AddSingleton(world.Host.Get<Onboarding.Workflows.Scope.ChangeRequests.ChangeRequestQueries>());
        Services.AddSingleton(world.Host.Get<Onboarding.Workflows.Scope.ChangeRequests.ChangeRequestEditor>());
        Services.AddSingleton(world.Host.Get<Onboarding.Workflows.Scope.ChangeRequests.ChangeRequestSender>());
        Services.AddSingleton(world.Host.Get<Onboarding.Workflows.Scope.ChangeRequests.ChangeRequestBilling>());
        // The Billing tab.
        Services.AddSingleton(world.Database.Factory);
        Services.AddSingleton(world.Host.Get<Onboarding.Workflows.Questionnaires.Sending.QuestionnaireMail>());
        Services.AddSingleton(world.Host.Get<Onboarding.Workflows.Billing.Terms.BillingTermsQueries>());
        Services.AddSingleton(world.Host.Get<Onboarding.Workflows.Billing.Terms.BillingTermsEditor>());
        Services.AddSingleton(world.Host.Get<Onboarding.Workflows.Billing.Invoices.InvoiceQueries>());
        Services.AddSingleton(world.Host.Get<Onboarding.Workflows.Billing.Invoices.InvoiceDrafts>());
        Services.AddSingleton(world.Host.Get<Onboarding.Workflows.Billing.Invoices.DraftIssuing>());
        Services.AddSingleton(world.Host.Get<Onboarding.Workflows.Billing.Invoices.InvoiceVoiding>());
        Services.AddSingleton(world.Host.Get<Onboarding.Workflows.Billing.Invoices.ChangeRequestInvoicing>());
        Services.AddSingleton(world.Host.Get<Onboarding.Workflows.Billing.Payments.PaymentQueries>());
        Services.AddSingleton(world.Host.Get<Onboarding.Workflows.Billing.Payments.PaymentRecorder>());
        Services.AddSingleton(world.Host.Get<Onboarding.Workflows.Billing.Payments.DepositGate>());
        Services.AddSingleton(world.Host.Get<Onboarding.Workflows.Billing.Overdue.OverdueQueries>());
        Services.AddSingleton(world.Host.Get<Onboarding.Workflows.Billing.Overdue.LateFeeCharger>());
        Services.AddSingleton(world.Host.Get<Onboarding.Workflows.Billing.Reminders.PaymentReminders>());
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
    }

    protected IReadOnlyList<Snackbar> Shown => Services.GetRequiredService<ISnackbar>().ShownSnackbars.ToList();
}
