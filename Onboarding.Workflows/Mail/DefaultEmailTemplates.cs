namespace Onboarding.Workflows.Mail;

/// <summary>A built-in e-mail template: its key, what it is for, its merge fields and its default text.</summary>
public sealed record EmailTemplateDefault(string Key, string Name, string Purpose, string CallToAction, IReadOnlyList<string> Fields, string Subject, string Body);

/// <summary>
/// The e-mails the app sends, with their default wording. Firms edit subject and body (stored as
/// <see cref="Domain.Mail.EmailTemplate"/>); the fields each may use are fixed here.
/// </summary>
public static class DefaultEmailTemplates
{
    public const string QuestionnaireWelcome = "questionnaire-welcome";
    public const string QuestionnaireReminder = "questionnaire-reminder";
    public const string QuestionnaireOverdue = "questionnaire-overdue";
    public const string SowApprovalRequest = "sow-approval-request";
    public const string ChangeRequestApprovalRequest = "change-request-approval-request";
    public const string ClientScopeResponse = "client-scope-response";
    public const string PaymentReminder = "payment-reminder";

    private static readonly string[] ClientFields =
        ["ClientFirstName", "ClientName", "FirmName", "QuestionnaireLink", "DueDate", "AccountManagerName", "AccountManagerEmail"];

    public static IReadOnlyList<EmailTemplateDefault> All { get; } =
    [
        new(QuestionnaireWelcome, "Welcome e-mail with the questionnaire", "Sent to the client when the account manager sends the questionnaire.",
            "Open the questionnaire", ClientFields,
            "Welcome to {{FirmName}}, {{ClientFirstName}}: one short questionnaire to get started",
            """
            Hi {{ClientFirstName}},

            Welcome to {{FirmName}}, and thank you for choosing us. We are looking forward to working with {{ClientName}} and helping you reach your goals.

            To get started, please fill in our short onboarding questionnaire by {{DueDate}}. It takes about 20 minutes, saves as you type, and you can come back to it from any device:

            {{QuestionnaireLink}}

            If anything is unclear, or you would rather go through it together on a call, just reply to this e-mail or write to me at {{AccountManagerEmail}}.

            Speak soon,
            {{AccountManagerName}}
            {{FirmName}}
            """),
        new(QuestionnaireReminder, "Questionnaire reminder", "Sent to the client on the reminder ladder while the questionnaire is not submitted.",
            "Continue the questionnaire", ClientFields,
            "A gentle reminder: your {{FirmName}} questionnaire",
            """
            Hi {{ClientFirstName}},

            A quick reminder about the onboarding questionnaire: your answers are what let us set goals and start work for {{ClientName}}. Anything you already answered is saved, so you can carry on where you left off:

            {{QuestionnaireLink}}

            We would love to have it back by {{DueDate}}. If something is holding you up, reply to this e-mail and I will help.

            Thanks,
            {{AccountManagerName}}
            """),
        new(QuestionnaireOverdue, "Questionnaire overdue (to the account manager)", "Sent to the account manager when the questionnaire is still not submitted on its due date.",
            "Open the onboarding", ["ClientFirstName", "ClientName", "DueDate", "AccountManagerName", "OnboardingLink", "AnsweredPercent", "LastClientActivity"],
            "Questionnaire overdue: {{ClientName}}",
            """
            Hi {{AccountManagerName}},

            {{ClientName}} has not submitted the onboarding questionnaire, which was due {{DueDate}}. It is {{AnsweredPercent}} answered; the client's last activity: {{LastClientActivity}}.

            A call to {{ClientFirstName}} usually unblocks it. The onboarding:

            {{OnboardingLink}}
            """),
        new(SowApprovalRequest, "Statement of work for approval", "Sent to the client when the account manager sends a statement of work version for approval.",
            "Review the statement of work", ["ClientFirstName", "ClientName", "FirmName", "ScopeLink", "SowVersion", "AccountManagerName", "AccountManagerEmail"],
            "Your statement of work from {{FirmName}} ({{SowVersion}}): please review and approve",
            """
            Hi {{ClientFirstName}},

            Here is the statement of work for {{ClientName}}: what we will deliver, by when, what is not included, and how we handle changes. Writing it down now means no surprises later, for either of us.

            Please read it and approve it, or tell us what to change, from this page:

            {{ScopeLink}}

            If you would rather go through it together, reply to this e-mail or write to me at {{AccountManagerEmail}} and we will set up a call.

            Thanks,
            {{AccountManagerName}}
            {{FirmName}}
            """),
        new(ChangeRequestApprovalRequest, "Change request for approval", "Sent to the client when the account manager sends a change request for approval.",
            "Review the change request", ["ClientFirstName", "ClientName", "FirmName", "ChangeRequestLink", "ChangeRequestReference", "ChangeRequestTitle", "ImpactSummary", "AccountManagerName", "AccountManagerEmail"],
            "Change request {{ChangeRequestReference}}: {{ChangeRequestTitle}}",
            """
            Hi {{ClientFirstName}},

            You asked us for something that is not in the agreed scope, so here it is written down before we start: {{ChangeRequestTitle}} ({{ChangeRequestReference}}).

            Its impact: {{ImpactSummary}}.

            Please approve or reject it here; nothing changes until you do:

            {{ChangeRequestLink}}

            Questions? Reply to this e-mail or write to me at {{AccountManagerEmail}}.

            Thanks,
            {{AccountManagerName}}
            {{FirmName}}
            """),
        new(ClientScopeResponse, "Client's answer on scope (to the account manager)", "Sent to the account manager when the client approves a statement of work or a change request, asks for changes, rejects, or raises a change request.",
            "Open the onboarding", ["ClientName", "AccountManagerName", "OnboardingLink", "Subject", "Decision", "DecidedBy", "Note"],
            "{{ClientName}}: {{Subject}} {{Decision}}",
            """
            Hi {{AccountManagerName}},

            {{DecidedBy}} at {{ClientName}}: {{Subject}} {{Decision}}.

            {{Note}}

            The onboarding's Scope tab has the details:

            {{OnboardingLink}}
            """),
        new(PaymentReminder, "Payment reminder", "Sent to the client's billing contact about an overdue invoice: on its first overdue day, then weekly (at most four), or when finance sends one.",
            "Pay the invoice", ["ClientFirstName", "ClientName", "FirmName", "InvoiceNumber", "AmountDue", "DueDate", "DaysOverdue", "PaymentMethods", "AccountManagerName", "AccountManagerEmail"],
            "Reminder: invoice {{InvoiceNumber}} from {{FirmName}} is {{DaysOverdue}} overdue",
            """
            Hi {{ClientFirstName}},

            A friendly reminder that invoice {{InvoiceNumber}} for {{ClientName}} was due on {{DueDate}} and is now {{DaysOverdue}} overdue. The amount still open is {{AmountDue}}.

            You can pay by {{PaymentMethods}}; the invoice has the details. If the payment is already on its way, thank you, and please ignore this reminder: payments can take a few days to reach us.

            If something about the invoice is unclear, or you need a copy, reply to this e-mail or write to {{AccountManagerName}} at {{AccountManagerEmail}}.

            Thank you,
            {{FirmName}}
            """),
    ];

    public static EmailTemplateDefault Get(string key) =>
        All.FirstOrDefault(t => t.Key == key) ?? throw new ArgumentException($"There is no e-mail template '{key}'.", nameof(key));
}
