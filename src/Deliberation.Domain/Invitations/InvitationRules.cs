using Deliberation.Domain.Common;

namespace Deliberation.Domain.Invitations;

internal static class InvitationRules
{
    public static void RequireUsable(Invitation invitation, DateTimeOffset now, bool expiredCounts = true)
    {
        switch (invitation.Status)
        {
            case InvitationStatus.Redeemed:
                throw new RuleViolation(RuleViolationReason.InvitationUsed, "This join code has already been used.");
            case InvitationStatus.Revoked:
                throw new RuleViolation(RuleViolationReason.InvitationRevoked, "This join code was revoked by a moderator.");
        }
        if (expiredCounts && invitation.ExpiresAt <= now)
            throw new RuleViolation(RuleViolationReason.InvitationExpired, $"This join code expired at {invitation.ExpiresAt:u}.");
    }
}
