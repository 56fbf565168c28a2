using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Invitations;
using Deliberation.Domain.Participants;
using Deliberation.Domain.Sessions;

namespace Deliberation.Domain.Tests.Invitations;

public class JoinSessionTests
{
    private static readonly Dictionary<string, string> NoGroups = [];

    private static Invitation InvitationTo(Session session, DateTimeOffset expiresAt) =>
        Invitation.Create(CreateInvitation.Decide(session,
            new CreateInvitation(session.Id, "hash", Role.Participant, true, NoGroups, expiresAt, Actor.Operator), Given.Now));

    [Fact]
    public void Redeeming_an_invitation_admits_one_person_with_its_role_and_groups()
    {
        var session = Given.SessionIn(SessionStatus.Open);
        var invitation = InvitationTo(session, Given.Now.AddDays(1));
        var command = new JoinSession(invitation.Id, Guid.NewGuid(), "Arta", Pseudonymous: false);

        var (redeemed, joined) = JoinSession.Decide(invitation, session, command, Given.Now);

        Assert.Equal(command.ParticipantId, redeemed.ParticipantId);
        Assert.Equal((Role.Participant, true, "Arta"), (joined.Role, joined.VotingRights, joined.Name));
        var used = invitation.Apply(redeemed);
        Assert.Equal(RuleViolationReason.InvitationUsed, Assert.Throws<RuleViolation>(() => JoinSession.Decide(used, session, command, Given.Now)).Reason);
    }

    [Fact]
    public void An_expired_or_revoked_invitation_admits_nobody()
    {
        var session = Given.SessionIn(SessionStatus.Open);
        var invitation = InvitationTo(session, Given.Now.AddMinutes(5));
        var revoked = invitation.Apply(RevokeInvitation.Decide(invitation, new RevokeInvitation(session.Id, invitation.Id, Actor.Operator), Given.Now));
        var command = new JoinSession(invitation.Id, Guid.NewGuid(), "Milan", Pseudonymous: true);

        Assert.Equal(RuleViolationReason.InvitationExpired, Assert.Throws<RuleViolation>(() => JoinSession.Decide(invitation, session, command, Given.Now.AddMinutes(5))).Reason);
        Assert.Equal(RuleViolationReason.InvitationRevoked, Assert.Throws<RuleViolation>(() => JoinSession.Decide(revoked, session, command, Given.Now)).Reason);
    }

    [Fact]
    public void Observers_cannot_be_invited_with_voting_rights()
    {
        var session = Given.SessionIn(SessionStatus.Open);

        var error = Assert.Throws<RuleViolation>(() => CreateInvitation.Decide(session,
            new CreateInvitation(session.Id, "hash", Role.Observer, true, NoGroups, Given.Now.AddDays(1), Actor.Operator), Given.Now));

        Assert.Equal(RuleViolationReason.ObserversDoNotVote, error.Reason);
    }

    [Fact]
    public void A_code_names_its_invitation_and_no_other()
    {
        Assert.Equal(Invitation.IdFor("a"), Invitation.IdFor("a"));
        Assert.NotEqual(Invitation.IdFor("a"), Invitation.IdFor("b"));
    }
}
