using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Participants;
using Deliberation.Domain.Sessions;
using Deliberation.Domain.Sessions.Lifecycle;

namespace Deliberation.Domain.Ballots.Proxies;

/// <summary>
/// Hand a voter's vote to another voter of the session, for one ballot or for the whole session. One step,
/// no chains: a holder cannot pass on what they hold, and someone who has handed their vote away cannot hold others'.
/// </summary>
public sealed record GrantProxy(Guid SessionId, Guid GrantorId, Guid HolderId, Guid? BallotId, Actor By)
{
    /// <param name="all">Every voter's grants in the session, to refuse a chain.</param>
    public static ProxyGranted Decide(Session session, Participant? grantor, Participant? holder, Ballot? ballot, IReadOnlyCollection<Proxy> all, GrantProxy command, DateTimeOffset now)
    {
        SessionLifecycle.RequireChangeable(session);
        if (grantor is null || grantor.SessionId != session.Id) throw new NotFound("participant", command.GrantorId);
        if (holder is null || holder.SessionId != session.Id) throw new NotFound("participant", command.HolderId);
        if (command.BallotId is { } ballotId && (ballot is null || ballot.SessionId != session.Id)) throw new NotFound("ballot", ballotId);
        if (ballot is { Status: BallotStatus.Closed })
            throw new RuleViolation(RuleViolationReason.BallotClosed, $"Ballot {ballot.Id} is closed; a proxy for it would change nothing.");
        if (grantor.Id == holder.Id) throw new InvalidInput("holder_id", "is the grantor: a vote cannot be handed to oneself");
        foreach (var voter in new[] { grantor, holder })
            if (!Permissions.Allows(voter.Standing, Permission.Vote, voter.VotingRights))
                throw new RuleViolation(RuleViolationReason.NotAVoter, $"Participant {voter.Id} has no voting rights in this session, so cannot hand or hold a vote.");
        if (all.FirstOrDefault(p => p.GrantorId == holder.Id) is { } holders && Overlaps(holders, command.BallotId))
            throw new RuleViolation(RuleViolationReason.ProxyChain, $"Participant {holder.Id} has handed their own vote away; votes are handed on one step only.");
        if (all.Any(p => p.GrantorId != grantor.Id && HoldsFor(p, grantor.Id, command.BallotId)))
            throw new RuleViolation(RuleViolationReason.ProxyChain, $"Participant {grantor.Id} holds others' votes and cannot hand them, or their own, on.");
        return new ProxyGranted(session.Id, grantor.Id, holder.Id, command.BallotId, command.By, now);
    }

    /// <summary>Whether the voter's grants cover a ballot (or, for a session-wide grant, any ballot).</summary>
    private static bool Overlaps(Proxy proxy, Guid? ballotId) =>
        proxy.SessionHolderId is not null || (ballotId is { } ballot ? proxy.BallotHolders.ContainsKey(ballot) : proxy.BallotHolders.Count > 0);

    private static bool HoldsFor(Proxy proxy, Guid holderId, Guid? ballotId) =>
        proxy.SessionHolderId == holderId
        || proxy.BallotHolders.Any(b => b.Value == holderId && (ballotId is null || b.Key == ballotId));
}

/// <summary>Take back a grant: by its grantor, or by a moderator (recorded as theirs).</summary>
public sealed record RevokeProxy(Guid SessionId, Guid GrantorId, Guid? BallotId, Actor By)
{
    public static ProxyRevoked Decide(Session session, Proxy? proxy, RevokeProxy command, DateTimeOffset now)
    {
        SessionLifecycle.RequireChangeable(session);
        var standing = command.BallotId is { } ballot ? proxy?.BallotHolders.ContainsKey(ballot) == true : proxy?.SessionHolderId is not null;
        if (!standing)
            throw new RuleViolation(RuleViolationReason.NoProxy, $"Participant {command.GrantorId} has no proxy standing {(command.BallotId is null ? "for the session" : $"for ballot {command.BallotId}")}.");
        return new ProxyRevoked(session.Id, command.GrantorId, command.BallotId, command.By, now);
    }
}
