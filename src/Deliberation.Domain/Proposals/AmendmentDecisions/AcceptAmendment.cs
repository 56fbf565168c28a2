using Deliberation.Domain.Access;
using Deliberation.Domain.Proposals.Amendments;
using Deliberation.Domain.Sessions;

namespace Deliberation.Domain.Proposals.AmendmentDecisions;

/// <summary>The author accepts an amendment as friendly: it is merged into a new version (a sub-amendment, into its parent).</summary>
public sealed record AcceptAmendment(Guid ProposalId, Guid AmendmentId, Actor By)
{
    public static IReadOnlyList<object> Decide(Proposal? current, Session session, AcceptAmendment command, DateTimeOffset now)
    {
        var (proposal, amendment) = DecisionRules.RequireDecider(current, command.ProposalId, command.AmendmentId, session, command.By);
        DecisionRules.RequirePending(amendment);
        DecisionRules.RequireMergeable(proposal, amendment);
        var accepted = new AmendmentAccepted(proposal.Id, proposal.SessionId, amendment.Id, amendment.ParentId is null ? proposal.VersionNumber + 1 : null, command.By, now);
        return Consistency.Review(proposal, proposal.Apply(accepted), accepted);
    }
}

/// <summary>The author declines an amendment; a moderator may still put it to a vote.</summary>
public sealed record DeclineAmendment(Guid ProposalId, Guid AmendmentId, string? Reason, Actor By)
{
    public static AmendmentDeclined Decide(Proposal? current, Session session, DeclineAmendment command, DateTimeOffset now)
    {
        var (proposal, amendment) = DecisionRules.RequireDecider(current, command.ProposalId, command.AmendmentId, session, command.By);
        DecisionRules.RequirePending(amendment);
        return new AmendmentDeclined(proposal.Id, proposal.SessionId, amendment.Id, command.Reason, command.By, now);
    }
}
