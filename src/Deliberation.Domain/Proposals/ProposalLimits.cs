namespace Deliberation.Domain.Proposals;

/// <summary>Bounds that depend on a proposal's state (the request validators hold the rest); see docs/api.md.</summary>
public static class ProposalLimits
{
    public const int Paragraphs = 200;
    public const int ParagraphLength = 5_000;
    public const int Amendments = 500;
    public const int OperationsPerAmendment = 50;
}
