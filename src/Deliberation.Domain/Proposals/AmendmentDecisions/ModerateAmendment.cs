using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Proposals.Amendments;
using Deliberation.Domain.Sessions;

namespace Deliberation.Domain.Proposals.AmendmentDecisions;

/// <summary>A moderator rules an amendment still to decide out of order, giving the reason.</summary>
public sealed record RuleAmendmentOutOfOrder(Guid ProposalId, Guid AmendmentId, string Reason, Actor By)
{
    public static AmendmentRuledOutOfOrder Decide(Proposal? current, Session session, RuleAmendmentOutOfOrder command, DateTimeOffset now)
    {
        var proposal = ProposalRules.RequireActive(current, command.ProposalId, session);
        var amendment = ProposalRules.RequireAmendment(proposal, command.AmendmentId);
        ProposalRules.RequireUndecided(amendment);
        DecisionRules.RequireNotUnderVote(amendment);
        ProposalRules.RequireNothingUnderVote(proposal, a => a.ParentId == amendment.Id, $"ruling amendment {amendment.Number} out of order");
        return new AmendmentRuledOutOfOrder(proposal.Id, proposal.SessionId, amendment.Id, command.Reason, command.By, now);
    }
}

/// <summary>The amender withdraws an amendment that is still to decide (and not on a ballot).</summary>
public sealed record WithdrawAmendment(Guid ProposalId, Guid AmendmentId, Actor By)
{
    public static AmendmentWithdrawn Decide(Proposal? current, Session session, WithdrawAmendment command, DateTimeOffset now)
    {
        var proposal = ProposalRules.RequireActive(current, command.ProposalId, session);
        var amendment = ProposalRules.RequireAmendment(proposal, command.AmendmentId);
        if (amendment.By != command.By) throw new RuleViolation(RuleViolationReason.NotTheAmender, $"Only the amender of amendment {amendment.Number} may withdraw it.");
        ProposalRules.RequireUndecided(amendment);
        DecisionRules.RequireNotUnderVote(amendment);
        ProposalRules.RequireNothingUnderVote(proposal, a => a.ParentId == amendment.Id, $"withdrawing amendment {amendment.Number}");
        return new AmendmentWithdrawn(proposal.Id, proposal.SessionId, amendment.Id, command.By, now);
    }
}
