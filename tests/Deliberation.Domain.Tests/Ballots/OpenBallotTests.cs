using Deliberation.Domain.Access;
using Deliberation.Domain.Ballots;
using Deliberation.Domain.Ballots.OpenBallot;
using Deliberation.Domain.Common;

namespace Deliberation.Domain.Tests.Ballots;

public class OpenBallotTests
{
    [Fact]
    public void A_ballot_opens_on_a_proposal_in_its_session_decided_by_simple_majority()
    {
        var proposal = Given.Proposal(Given.Session("en"));
        var command = new OpenBallot(Guid.NewGuid(), proposal.Id, Actor.Operator);

        var opened = OpenBallot.Decide(proposal, Given.Session("en"), command, Given.Now);

        Assert.Equal(new BallotOpened(command.BallotId, proposal.SessionId, proposal.Id, DecisionRule.SimpleMajority, Actor.Operator, Given.Now), opened);
    }

    [Fact]
    public void A_ballot_on_a_proposal_that_does_not_exist_is_not_found()
    {
        var command = new OpenBallot(Guid.NewGuid(), Guid.NewGuid(), Actor.Operator);

        Assert.Equal("proposal", Assert.Throws<NotFound>(() => OpenBallot.Decide(null, Given.Session("en"), command, Given.Now)).Kind);
    }
}
