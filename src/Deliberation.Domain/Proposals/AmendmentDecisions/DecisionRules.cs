using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Proposals.Amendments;
using Deliberation.Domain.Sessions;

namespace Deliberation.Domain.Proposals.AmendmentDecisions;

/// <summary>Who decides an amendment, and when it is ready to be merged.</summary>
internal static class DecisionRules
{
    /// <summary>The amendment, if the caller may decide it as friendly or not: the proposal's author, or for a sub-amendment its parent's amender.</summary>
    public static (Proposal, Amendment) RequireDecider(Proposal? current, Guid proposalId, Guid amendmentId, Session session, Actor by)
    {
        var proposal = ProposalRules.RequireActive(current, proposalId, session);
        var amendment = ProposalRules.RequireAmendment(proposal, amendmentId);
        var decider = amendment.ParentId is { } parent ? proposal.FindAmendment(parent)!.By : proposal.Author;
        if (by != decider)
            throw new RuleViolation(RuleViolationReason.NotTheAuthor, amendment.ParentId is null
                ? $"Only the author of proposal {proposal.Id} decides on its amendments."
                : $"Only the amender of the parent amendment decides on sub-amendment {amendment.Number}.");
        ProposalRules.RequireUndecided(amendment);
        return (proposal, amendment);
    }

    public static void RequirePending(Amendment amendment)
    {
        if (amendment.Status != AmendmentStatus.Pending)
            throw new RuleViolation(RuleViolationReason.AmendmentNotPending, $"Amendment {amendment.Number} is {Describe(amendment.Status)}, no longer awaiting the author's decision.");
    }

    /// <summary>Merging needs a conflict-free amendment whose own sub-amendments are all decided.</summary>
    public static void RequireMergeable(Proposal proposal, Amendment amendment)
    {
        if (amendment.IsConflicting)
            throw new RuleViolation(RuleViolationReason.AmendmentConflicting,
                $"Paragraph {string.Join(", ", amendment.Conflicts)} changed since amendment {amendment.Number} was made; its amender must rebase it.");
        if (proposal.Amendments.Any(a => a.ParentId == amendment.Id && a.IsUndecided))
            throw new RuleViolation(RuleViolationReason.SubAmendmentsPending, $"Amendment {amendment.Number} has sub-amendments still to decide; they are decided first.");
        if (amendment.ParentId is null &&
            Operations.Apply(proposal.Paragraphs, amendment.Operations, proposal.AuthoritativeLanguage, proposal.VersionNumber + 1).Count is 0 or > ProposalLimits.Paragraphs)
            throw new RuleViolation(RuleViolationReason.TextLimitReached,
                $"Merging amendment {amendment.Number} now would leave the proposal with no paragraph or more than {ProposalLimits.Paragraphs}.");
    }

    public static void RequireNotUnderVote(Amendment amendment)
    {
        if (amendment.Status == AmendmentStatus.PutToVote)
            throw new RuleViolation(RuleViolationReason.AmendmentUnderVote, $"Amendment {amendment.Number} is on a ballot, which decides it.");
    }

    private static string Describe(AmendmentStatus status) => status == AmendmentStatus.PutToVote ? "on a ballot" : status.ToString().ToLowerInvariant();
}
