using Deliberation.Domain.Common;
using Deliberation.Domain.Invitations;
using Deliberation.Domain.Sessions;
using Deliberation.Domain.Sessions.Lifecycle;

namespace Deliberation.Domain.Participants;

/// <summary>Join a session with a join code, under a display name or a pseudonym.</summary>
public sealed record JoinSession(Guid InvitationId, Guid ParticipantId, string Name, bool Pseudonymous)
{
    public static (InvitationRedeemed Redeemed, ParticipantJoined Joined) Decide(
        Invitation? invitation, Session? session, JoinSession command, DateTimeOffset now)
    {
        // An unknown code and a code for a vanished session look the same to the caller: no such code.
        if (invitation is null || session is null) throw new NotFound("join code", command.InvitationId);
        InvitationRules.RequireUsable(invitation, now);
        SessionLifecycle.RequireJoinable(session);
        return (new InvitationRedeemed(invitation.Id, session.Id, command.ParticipantId, now),
                new ParticipantJoined(command.ParticipantId, session.Id, invitation.Id, command.Name, command.Pseudonymous,
                    invitation.Role, invitation.VotingRights, invitation.Groups, now));
    }
}
