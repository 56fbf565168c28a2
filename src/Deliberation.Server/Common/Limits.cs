namespace Deliberation.Server.Common;

/// <summary>The bounds the API enforces on input (documented in the protos and docs/api.md).</summary>
internal static class Limits
{
    public const int RequestIdLength = 128;
    public const int TitleLength = 300;
    public const int TextLength = 10_000;
    public const int Languages = 20;
    public const int NameLength = 100;
    public const int KeyLength = 64;
    public const int GroupValues = 50;
    public const int TrackLength = 100;
    public const int AgendaItemMinutes = 1440;
    public const int PhaseSeconds = 86_400;
    public const int TurnSeconds = 7_200;
    public const int PanelSlots = 50;
    public const int ParagraphLength = Domain.Proposals.ProposalLimits.ParagraphLength;
    public const int Paragraphs = Domain.Proposals.ProposalLimits.Paragraphs;
    public const int Operations = Domain.Proposals.ProposalLimits.OperationsPerAmendment;
    public const int RationaleLength = 2_000;
    public const int ReasonLength = 500;
    public const int Cosponsors = 100;
    public const int InvitationMinSeconds = 60;
    public const int InvitationMaxSeconds = 90 * 24 * 3600;
    public const int InvitationDefaultSeconds = 7 * 24 * 3600;
}
