namespace Onboarding.Web.Board;

/// <summary>How the board shows its onboardings: as cards in stage columns, or as a sortable list.</summary>
public enum BoardLayout { Columns, List }
