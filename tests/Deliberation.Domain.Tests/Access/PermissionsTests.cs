using Deliberation.Domain.Access;

namespace Deliberation.Domain.Tests.Access;

public class PermissionsTests
{
    [Fact]
    public void Only_those_with_voting_rights_vote_and_the_operator_never_does()
    {
        Assert.True(Permissions.Allows(Standing.VotingParticipant, Permission.Vote));
        Assert.True(Permissions.Allows(Standing.Moderator, Permission.Vote, votingRights: true));
        Assert.False(Permissions.Allows(Standing.Moderator, Permission.Vote));
        Assert.False(Permissions.Allows(Standing.Participant, Permission.Vote));
        Assert.False(Permissions.Allows(Standing.Operator, Permission.Vote, votingRights: true));
    }

    [Fact]
    public void Outsiders_and_anonymous_callers_may_do_nothing_at_all()
    {
        foreach (var permission in Enum.GetValues<Permission>())
        {
            Assert.False(Permissions.Allows(Standing.Outsider, permission, votingRights: true));
            Assert.False(Permissions.Allows(Standing.Anonymous, permission, votingRights: true));
        }
    }

    [Fact]
    public void Observers_only_look_and_say_who_they_are()
    {
        var allowed = Enum.GetValues<Permission>().Where(p => Permissions.Allows(Standing.Observer, p));

        Assert.Equal([Permission.View, Permission.DeclareOwnGroup], allowed);
    }
}
