using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Proposals.Amendments;
using Deliberation.Domain.Sessions;

namespace Deliberation.Domain.Proposals.AmendmentDecisions;

/// <summary>A moderator puts a declined amendment to a ballot; from then on only the ballot decides it.</summary>
public sealed record PutAmendmentToVote(Guid ProposalId, Guid AmendmentId, Guid BallotId, Actor By)
{
    public static AmendmentPutToVote Decide(Proposal? current, Session session, PutAmendmentToVote command, DateTimeOffset now)
    {
        var proposal = ProposalRules.RequireActive(current, command.ProposalId, session);
        var amendment = ProposalRules.RequireAmendment(proposal, command.AmendmentId);
        ProposalRules.RequireUndecided(amendment);
        if (amendment.Status != AmendmentStatus.Declined)
            throw new RuleViolation(RuleViolationReason.AmendmentNotDeclined,
                $"Amendment {amendment.Number} is {(amendment.Status == AmendmentStatus.PutToVote ? "on a ballot already" : "awaiting the author's decision")}; only a declined amendment goes to a vote.");
        DecisionRules.RequireMergeable(proposal, amendment);
        return new AmendmentPutToVote(proposal.Id, proposal.SessionId, amendment.Id, command.BallotId, command.By, now);
    }
}

/// <summary>The ballot on an amendment closed: adopted, it is merged; otherwise it is rejected.</summary>
public sealed record RecordAmendmentVote(Guid ProposalId, Guid AmendmentId, Guid BallotId, bool Adopted)
{
    public static IReadOnlyList<object> Decide(Proposal? current, RecordAmendmentVote command, DateTimeOffset now)
    {
        var proposal = current ?? throw new NotFound("proposal", command.ProposalId);
        var amendment = ProposalRules.RequireAmendment(proposal, command.AmendmentId);
        if (amendment.Status != AmendmentStatus.PutToVote || amendment.BallotId != command.BallotId)
            throw new RuleViolation(RuleViolationReason.AmendmentDecided, $"Amendment {amendment.Number} is not on ballot {command.BallotId}.");
        // What is on a ballot is frozen (see Consistency), and a proposal with an amendment on a ballot is neither withdrawn nor merged away.
        if (!proposal.IsActive || amendment.IsConflicting)
            throw new InvalidOperationException($"Amendment {amendment.Number} changed under its ballot; the freeze was not kept.");
        if (!command.Adopted) return [new AmendmentRejected(proposal.Id, proposal.SessionId, amendment.Id, command.BallotId, now)];
        var adopted = new AmendmentAdopted(proposal.Id, proposal.SessionId, amendment.Id, command.BallotId, amendment.ParentId is null ? proposal.VersionNumber + 1 : null, now);
        return Consistency.Review(proposal, proposal.Apply(adopted), adopted);
    }
}
