using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Proposals.Submission;
using Deliberation.Domain.Sessions;

namespace Deliberation.Domain.Proposals.Cosponsorship;

/// <summary>
/// A participant backs a proposal; their value of the admission rule's dimension is recorded with it,
/// and the co-sponsor that completes the rule admits the proposal.
/// </summary>
public sealed record JoinCosponsors(Guid ProposalId, Guid ParticipantId, IReadOnlyDictionary<string, string> Groups)
{
    public static IReadOnlyList<object> Decide(Proposal? current, Session session, JoinCosponsors command, DateTimeOffset now)
    {
        var proposal = ProposalRules.RequireActive(current, command.ProposalId, session);
        if (proposal.Author == Actor.Member(command.ParticipantId) || proposal.Cosponsors.Any(c => c.ParticipantId == command.ParticipantId))
            throw new RuleViolation(RuleViolationReason.AlreadyCosponsor, $"Participant {command.ParticipantId} already backs proposal {proposal.Id}.");
        var value = proposal.Admission.Dimension is { } dimension ? command.Groups.GetValueOrDefault(dimension) : null;
        var joined = new CosponsorJoined(proposal.Id, proposal.SessionId, command.ParticipantId, value, now);
        return proposal.Status == ProposalStatus.Draft && proposal.Admission.IsMetBy(proposal.Apply(joined).Cosponsors)
            ? [joined, new ProposalAdmitted(proposal.Id, proposal.SessionId, now)]
            : [joined];
    }
}

/// <summary>A co-sponsor steps back; an admitted proposal stays admitted.</summary>
public sealed record LeaveCosponsors(Guid ProposalId, Guid ParticipantId)
{
    public static CosponsorLeft Decide(Proposal? current, Session session, LeaveCosponsors command, DateTimeOffset now)
    {
        var proposal = ProposalRules.RequireActive(current, command.ProposalId, session);
        if (proposal.Cosponsors.All(c => c.ParticipantId != command.ParticipantId))
            throw new RuleViolation(RuleViolationReason.NotACosponsor, $"Participant {command.ParticipantId} does not co-sponsor proposal {proposal.Id}.");
        return new CosponsorLeft(proposal.Id, proposal.SessionId, command.ParticipantId, now);
    }
}
