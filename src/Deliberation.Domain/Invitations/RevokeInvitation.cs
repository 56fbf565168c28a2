using Deliberation.Domain.Access;
using Deliberation.Domain.Common;

namespace Deliberation.Domain.Invitations;

/// <summary>Revoke an invitation that has not been used.</summary>
public sealed record RevokeInvitation(Guid SessionId, Guid InvitationId, Actor By)
{
    public static InvitationRevoked Decide(Invitation? invitation, RevokeInvitation command, DateTimeOffset now)
    {
        if (invitation is null || invitation.SessionId != command.SessionId) throw new NotFound("invitation", command.InvitationId);
        InvitationRules.RequireUsable(invitation, now, expiredCounts: false);
        return new InvitationRevoked(invitation.Id, invitation.SessionId, command.By, now);
    }
}
