using Onboarding.Domain.Questionnaires;
using static Onboarding.Domain.Questionnaires.QuestionType;

namespace Onboarding.Workflows.Questionnaires;

/// <summary>
/// The questionnaire a new installation ships with: 19 questions in the order clients find easiest, covering goals and
/// how success is measured, data, audiences, competitors, brand files, contacts, platforms, ways of working and budget.
/// </summary>
public static class DefaultQuestionnaireTemplate
{
    public const string Key = "client-onboarding";
    public const string Name = "Client onboarding questionnaire";

    /// <summary>Question keys other parts of the product rely on.</summary>
    public static class Keys
    {
        public const string Website = "company-website";
        public const string Goals = "goals";
        public const string BrandGuidelines = "brand-guidelines";
        public const string LogosAndPhotos = "logos-photos";
        public const string KeyContacts = "key-contacts";
        public const string Platforms = "platforms";
        public const string Budget = "budget";
    }

    public static QuestionnaireDefinition Definition { get; } = new(
    [
        new("About your business", "A little context so the whole team starts from the same picture.",
        [
            new(Keys.Website, "Your website address", Url, Required: true, Help: "For example https://www.example.com"),
            new("business-summary", "In a few sentences: what does your business do, and for whom?", LongText, Required: true),
            new(Keys.Budget, "What monthly budget have you set aside for this work (our fees and any ad spend)?", SingleChoice, Required: true,
                Options: ["Under 5,000", "5,000 to 15,000", "15,000 to 50,000", "Over 50,000", "Not decided yet"]),
        ]),
        new("Goals and how success is measured", null,
        [
            new(Keys.Goals, "What should this work achieve in the first six months, and how will you measure each goal?", LongText, Required: true,
                Help: "One goal per line, with a number and a date if you can: \"Grow organic sign-ups from 200 to 350 a month by June\" helps us more than \"more traffic\".",
                Fills: QuestionFills.Goals),
            new("success-metrics", "Which numbers matter most to you?", MultipleChoice,
                Options: ["Revenue", "Leads", "Sign-ups", "Website traffic", "Conversion rate", "Cost per acquisition", "Brand awareness"]),
        ]),
        new("Your data today", null,
        [
            new("current-traffic", "Roughly how many visits does your website get a month today?", Number, Help: "A rough figure is fine."),
            new("data-sources", "Where does your data live today?", MultipleChoice,
                Options: ["Google Analytics", "Search Console", "Ad platforms", "CRM", "E-commerce platform", "Spreadsheets", "Other"]),
        ]),
        new("Audiences and competitors", null,
        [
            new("audiences", "Who are your main audiences or customer personas?", LongText, Required: true,
                Help: "Who they are, what they need, and how they find you today."),
            new("competitors", "Who are your main competitors? Add their websites if you can.", LongText),
        ]),
        new("Brand", null,
        [
            new(Keys.BrandGuidelines, "Please upload your brand guidelines", FileUpload, Required: true,
                Help: "PDF preferred; images and Office documents work too. Up to 25 MB a file.", Fills: QuestionFills.BrandFiles),
            new(Keys.LogosAndPhotos, "Logos and photos we may use", FileUpload, Help: "PNG, JPEG, SVG or PDF. Up to 25 MB a file."),
        ]),
        new("People and ways of working", null,
        [
            new(Keys.KeyContacts, "Who should we work with on your side?", Contacts, Required: true,
                Help: "Everyone we will talk to: marketing, design, development, billing. Name, role and e-mail for each.", Fills: QuestionFills.Contacts),
            new("approval-workflow", "How do approvals work on your side? Who signs off on work, and how long does it usually take?", LongText, Required: true),
            new("communication-channel", "How would you like to hear from us day to day?", SingleChoice, Required: true,
                Options: ["E-mail", "Chat (Slack or Teams)", "A weekly call"]),
            new("report-cadence", "How often would you like a report?", SingleChoice, Options: ["Weekly", "Every two weeks", "Monthly"]),
            new("best-times", "When are you easiest to reach?", ShortText, Help: "For example: weekday mornings, not Fridays."),
        ]),
        new("Platforms and access", "We only ever ask you to invite us as users. Please never send passwords.",
        [
            new(Keys.Platforms, "Which platforms will our team need access to?", MultipleChoice, Required: true,
                Options: ["Website / CMS", "Google Analytics", "Google Search Console", "Google Ads", "Meta Ads", "LinkedIn Ads", "Social media accounts", "CRM", "E-mail marketing tool"],
                Fills: QuestionFills.Platforms),
            new("platform-notes", "Anything we should know about these platforms (who administers them, which accounts to use)?", LongText),
            new("key-date", "Is there a date we should work towards (a launch, a season, an event)?", Date),
        ]),
    ]);
}
