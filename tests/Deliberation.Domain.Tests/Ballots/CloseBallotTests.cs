using Deliberation.Domain.Access;
using Deliberation.Domain.Ballots;
using Deliberation.Domain.Ballots.CloseBallot;
using Deliberation.Domain.Common;
using Deliberation.Tally.Motions;

namespace Deliberation.Domain.Tests.Ballots;

public class CloseBallotTests
{
    private static readonly Func<string, OpenedPaper> NothingSealed = _ => throw new InvalidOperationException("Nothing is sealed here.");

    [Fact]
    public void Closing_tallies_every_vote_cast_by_the_ballots_rule()
    {
        var ballot = Given.OpenBallot();
        Vote[] votes = [Given.Vote(ballot, Given.Arta, MotionChoice.Yes), Given.Vote(ballot, Given.Milan, MotionChoice.No), Given.Vote(ballot, Given.Drita, MotionChoice.No)];

        var closed = CloseBallot.Decide(ballot, Given.Session("en"), Given.ElectorateOf(ballot), votes, NothingSealed, new CloseBallot(ballot.Id, Actor.Operator), Given.Now);

        Assert.Equal((1, 2, 0, 3, false), (closed.Result!.Yes, closed.Result!.No, closed.Result!.Abstain, closed.Result!.Base, closed.Result!.Adopted));
        Assert.StartsWith("Rejected", closed.Result.Explanation);
        var after = ballot.Apply(closed);
        Assert.Equal((BallotStatus.Closed, Given.Now, closed.Result, null), (after.Status, after.ClosedAt, after.Result, after.DueAt));
    }

    [Fact]
    public void A_withdrawn_vote_is_not_counted()
    {
        var ballot = Given.OpenBallot();
        var withdrawn = Given.Vote(ballot, Given.Arta, MotionChoice.Yes)
            .Apply(new Domain.Ballots.WithdrawVote.VoteWithdrawn(Vote.IdFor(ballot.Id, Given.Arta), Given.Now, ballot.Id, Given.Arta, ballot.SessionId));

        var closed = CloseBallot.Decide(ballot, Given.Session("en"), Given.ElectorateOf(ballot), [withdrawn, Given.Vote(ballot, Given.Milan, MotionChoice.No)], NothingSealed,
            new CloseBallot(ballot.Id, Actor.Operator), Given.Now);

        Assert.Equal((0, 1, 0, false), (closed.Result!.Yes, closed.Result!.No, closed.Result!.Abstain, closed.Result!.Adopted));
    }

    [Fact]
    public void The_record_lists_each_counted_vote_with_its_receipt_and_names_the_voter_only_on_a_ballot_that_is_not_secret()
    {
        var session = Given.VotingSession();
        var open = Given.OpenBallot(session);
        var secret = Given.OpenBallot(session, secrecy: BallotSecrecy.Secret);
        var sealedVote = Vote.Create(new Domain.Ballots.CastVote.VoteCast(Vote.IdFor(secret.Id, Given.Arta), secret.Id, Given.Arta, VotePaper.Sealing("s1"), Given.Now, secret.SessionId));

        var openRecord = CloseBallot.Decide(open, session, Given.ElectorateOf(open), [Given.Vote(open, Given.Arta, MotionChoice.No)], NothingSealed, new CloseBallot(open.Id, Actor.Operator), Given.Now).Record;
        var secretRecord = CloseBallot.Decide(secret, session, Given.ElectorateOf(secret), [sealedVote], s => s == "s1" ? new OpenedPaper(MotionChoice.Yes, null, "R9") : throw new ArgumentException(s),
            new CloseBallot(secret.Id, Actor.Operator), Given.Now);

        Assert.Equal([new CountedVote($"R-{Given.Arta:N}", MotionChoice.No, Given.Arta)], openRecord);
        Assert.Equal([new CountedVote("R9", MotionChoice.Yes, null)], secretRecord.Record);
        Assert.True(secretRecord.Result!.Adopted);
    }

    [Fact]
    public void Turnout_counts_the_voters_with_a_vote_standing_against_the_electorate_overall_and_per_group()
    {
        var session = Given.VotingSession();
        var ballot = Given.OpenBallot(session);
        var grouped = Given.ElectorateOf(ballot) with
        {
            Voters = new Dictionary<Guid, Elector>
            {
                [Given.Arta] = new(Given.Arta, 1, new Dictionary<string, string> { ["town"] = "north" }),
                [Given.Milan] = new(Given.Milan, 1, new Dictionary<string, string> { ["town"] = "south" }),
                [Given.Drita] = new(Given.Drita, 1, new Dictionary<string, string> { ["town"] = "north" }),
            },
        };
        var withdrawn = Given.Vote(ballot, Given.Milan, MotionChoice.No)
            .Apply(new Domain.Ballots.WithdrawVote.VoteWithdrawn(Vote.IdFor(ballot.Id, Given.Milan), Given.Now, ballot.Id, Given.Milan, ballot.SessionId));

        var turnout = CloseBallot.Decide(ballot, session, grouped, [Given.Vote(ballot, Given.Arta, MotionChoice.Yes), withdrawn], NothingSealed,
            new CloseBallot(ballot.Id, Actor.Operator), Given.Now).Turnout;

        Assert.Equal((3, 1), (turnout.Electors, turnout.Voted));
        Assert.Equal([new GroupTurnout("town", "north", 2, 1), new GroupTurnout("town", "south", 1, 0)], turnout.ByGroup);
    }

    [Fact]
    public void A_ballot_that_closes_adopted_marks_its_proposal_adopted_and_one_that_closes_rejected_does_not()
    {
        var session = Given.VotingSession();
        var ballot = Given.OpenBallot(session);
        Ballot Closed(params MotionChoice[] choices) => ballot.Apply(CloseBallot.Decide(ballot, session, Given.ElectorateOf(ballot),
            choices.Select((c, i) => Given.Vote(ballot, new[] { Given.Arta, Given.Milan, Given.Drita }[i], c)).ToList(), NothingSealed,
            new CloseBallot(ballot.Id, Actor.Operator), Given.Now));

        var proposal = Given.Proposal(session);
        var adopted = Assert.Single(CloseBallot.ConsequencesOf(Closed(MotionChoice.Yes, MotionChoice.Yes, MotionChoice.No), proposal));

        Assert.Equal(new ProposalAdopted(ballot.ProposalId!.Value, ballot.Id, Given.Now), adopted);
        Assert.Empty(CloseBallot.ConsequencesOf(Closed(MotionChoice.No), proposal));
        Assert.Empty(CloseBallot.ConsequencesOf(ballot, proposal));
        Assert.Equal((ballot.Id, Domain.Proposals.ProposalStatus.Adopted), (proposal.Apply((ProposalAdopted)adopted).AdoptedByBallot, proposal.Apply((ProposalAdopted)adopted).Status));
    }

    [Fact]
    public void A_closed_ballot_cannot_be_closed_again()
    {
        var ballot = Given.OpenBallot();
        ballot = ballot.Apply(CloseBallot.Decide(ballot, Given.Session("en"), Given.ElectorateOf(ballot), [], NothingSealed, new CloseBallot(ballot.Id, Actor.Operator), Given.Now));

        var error = Assert.Throws<RuleViolation>(() => CloseBallot.Decide(ballot, Given.Session("en"), Given.ElectorateOf(ballot), [], NothingSealed, new CloseBallot(ballot.Id, Actor.Operator), Given.Now));

        Assert.Equal(RuleViolationReason.BallotClosed, error.Reason);
    }

    [Fact]
    public void Votes_of_another_ballot_are_never_counted()
    {
        var ballot = Given.OpenBallot();
        var stray = Given.Vote(Given.OpenBallot(), Given.Arta, MotionChoice.Yes);

        Assert.Throws<ArgumentException>(() => CloseBallot.Decide(ballot, Given.Session("en"), Given.ElectorateOf(ballot), [stray], NothingSealed, new CloseBallot(ballot.Id, Actor.Operator), Given.Now));
    }
}
