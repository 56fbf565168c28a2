using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions;
using Deliberation.Domain.Sessions.Groups;
using Deliberation.Domain.Sessions.Lifecycle;

namespace Deliberation.Domain.Invitations;

/// <summary>Invite someone to a session: the join code itself is made and shown by the caller, only its hash is kept.</summary>
public sealed record CreateInvitation(
    Guid SessionId, string CodeHash, Role Role, bool VotingRights, IReadOnlyDictionary<string, string> Groups, DateTimeOffset ExpiresAt, Actor By)
{
    public static InvitationCreated Decide(Session? session, CreateInvitation command, DateTimeOffset now)
    {
        if (session is null) throw new NotFound("session", command.SessionId);
        SessionLifecycle.RequireChangeable(session);
        GroupChoice.RequireKnown(session, command.Groups);
        if (command.ExpiresAt <= now)
            throw new RuleViolation(RuleViolationReason.InvitationExpired, "An invitation must expire in the future.");
        if (command.VotingRights && command.Role == Role.Observer)
            throw new RuleViolation(RuleViolationReason.ObserversDoNotVote, "Observers follow without acting: they cannot have voting rights.");
        return new InvitationCreated(Invitation.IdFor(command.CodeHash), session.Id, command.Role, command.VotingRights,
            command.Groups, command.ExpiresAt, command.By, now);
    }
}
