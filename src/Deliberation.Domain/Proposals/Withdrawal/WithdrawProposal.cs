using Deliberation.Domain.Access;
using Deliberation.Domain.Sessions;

namespace Deliberation.Domain.Proposals.Withdrawal;

/// <summary>The author withdraws the proposal; its history stays readable.</summary>
public sealed record WithdrawProposal(Guid ProposalId, string? Reason, Actor By)
{
    public static ProposalWithdrawn Decide(Proposal? current, Session session, WithdrawProposal command, DateTimeOffset now)
    {
        var proposal = ProposalRules.RequireActive(current, command.ProposalId, session);
        ProposalRules.RequireAuthor(proposal, command.By);
        ProposalRules.RequireNothingUnderVote(proposal, _ => true, "withdrawing the proposal");
        return new ProposalWithdrawn(proposal.Id, proposal.SessionId, command.Reason, command.By, now);
    }
}
