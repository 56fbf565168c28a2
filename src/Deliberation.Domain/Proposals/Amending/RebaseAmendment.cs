using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Proposals.Amendments;
using Deliberation.Domain.Sessions;
using Deliberation.Domain.Sessions.Agenda;

namespace Deliberation.Domain.Proposals.Amending;

/// <summary>The amender rewrites their amendment on a newer version (or on its parent's current texts), which clears a conflict.</summary>
public sealed record RebaseAmendment(
    Guid ProposalId, Guid AmendmentId, int BaseVersion, IReadOnlyList<AmendmentOperation> Operations, Actor By, string? PhaseOverride = null)
{
    public static IReadOnlyList<object> Decide(Proposal? current, Proposal? atBase, Session session, RebaseAmendment command, DateTimeOffset now)
    {
        var proposal = ProposalRules.RequireActive(current, command.ProposalId, session);
        var amendment = ProposalRules.RequireAmendment(proposal, command.AmendmentId);
        if (amendment.By != command.By) throw new RuleViolation(RuleViolationReason.NotTheAmender, $"Only the amender of amendment {amendment.Number} may rebase it.");
        ProposalRules.RequireUndecided(amendment);
        if (amendment.Status == AmendmentStatus.PutToVote)
            throw new RuleViolation(RuleViolationReason.AmendmentUnderVote, $"Amendment {amendment.Number} is on a ballot; it stays as it is until the ballot closes.");
        ProposalRules.RequireNothingUnderVote(proposal, a => a.ParentId == amendment.Id, $"rebasing amendment {amendment.Number}");
        ProposalRules.RequirePhase(session, proposal.AgendaItemId, command.PhaseOverride, Phase.Amendment);

        var (baseVersion, operations) = SubmitAmendment.Prepare(proposal, atBase, session, amendment.ParentId, command.BaseVersion, command.Operations);
        var rebased = new AmendmentRebased(proposal.Id, proposal.SessionId, amendment.Id, baseVersion, operations, command.By, now, command.PhaseOverride);
        return Consistency.Review(proposal, proposal.Apply(rebased), rebased);
    }
}
