using Deliberation.Domain.Access;
using Deliberation.Domain.Ballots;
using Deliberation.Domain.Ballots.CloseBallot;
using Deliberation.Domain.Ballots.CountedBatches;
using Deliberation.Domain.Common;
using Deliberation.Tally.Motions;
using Electorate = Deliberation.Domain.Ballots.Electorate;

namespace Deliberation.Domain.Tests.Ballots;

/// <summary>Votes counted in the room join the online votes in one result.</summary>
public class RecordBallotBatchTests
{
    private static readonly Func<string, OpenedPaper> NothingSealed = _ => throw new InvalidOperationException("Nothing is sealed here.");

    private static RecordBallotBatch Batch(Ballot ballot, int yes, int no, int abstain, BatchKind kind = BatchKind.Paper) =>
        new(ballot.Id, Guid.NewGuid(), kind, yes, no, abstain, null, null, "hall B", Actor.Operator);

    [Fact]
    public void A_hybrid_room_ends_in_one_result_with_the_room_counted_apart_in_the_turnout()
    {
        var session = Given.VotingSession();
        var ballot = Given.OpenBallot(session);
        ballot = ballot.Apply(RecordBallotBatch.Decide(ballot, session, Batch(ballot, 3, 1, 0), Given.Now));
        ballot = ballot.Apply(RecordBallotBatch.Decide(ballot, session, Batch(ballot, 0, 4, 2, BatchKind.ShowOfHands), Given.Now));
        Vote[] online = [Given.Vote(ballot, Given.Arta, MotionChoice.Yes), Given.Vote(ballot, Given.Milan, MotionChoice.Yes)];

        var closed = CloseBallot.Decide(ballot, session, Given.ElectorateOf(ballot), online, NothingSealed, new CloseBallot(ballot.Id, Actor.Operator), Given.Now);

        Assert.Equal((5, 5, 2, false), (closed.Result!.Yes, closed.Result!.No, closed.Result!.Abstain, closed.Result!.Adopted));
        Assert.Equal((3, 2, 10), (closed.Turnout.Electors, closed.Turnout.Voted, closed.Turnout.CountedInRoom));
        Assert.Equal(2, closed.Record.Count);
    }

    [Fact]
    public void A_batch_for_a_closed_ballot_is_refused()
    {
        var session = Given.VotingSession();
        var ballot = Given.OpenBallot(session);
        var closed = ballot.Apply(CloseBallot.Decide(ballot, session, Given.ElectorateOf(ballot), [], NothingSealed, new CloseBallot(ballot.Id, Actor.Operator), Given.Now));

        var error = Assert.Throws<RuleViolation>(() => RecordBallotBatch.Decide(closed, session, Batch(closed, 1, 0, 0), Given.Now));

        Assert.Equal(RuleViolationReason.BallotClosed, error.Reason);
    }

    [Fact]
    public void A_group_value_the_session_does_not_have_is_refused_with_its_field()
    {
        var session = Given.VotingSession();
        var ballot = Given.OpenBallot(session);

        var error = Assert.Throws<InvalidInput>(() => RecordBallotBatch.Decide(ballot, session, Batch(ballot, 1, 0, 0) with { Dimension = "community", Value = "serbian" }, Given.Now));

        Assert.Equal(["group"], error.Problems.Select(p => p.Field));
    }

    [Fact]
    public void A_batch_with_a_group_value_counts_inside_that_value_where_the_rule_needs_a_majority_in_each()
    {
        var electors = new[] { new Elector(Guid.NewGuid(), 1, new Dictionary<string, string> { ["community"] = "albanian" }), new Elector(Guid.NewGuid(), 1, new Dictionary<string, string> { ["community"] = "serbian" }) };
        var electorate = new Electorate(Guid.NewGuid(), Guid.NewGuid(), BallotSecrecy.Public, electors.ToDictionary(e => e.ParticipantId));
        var rule = new BallotRule(MotionRule.SimpleMajority, "community", ["albanian", "serbian"]);
        TalliedVote[] online = [new(MotionChoice.Yes, 1, electors[0].Groups), new(MotionChoice.No, 1, electors[1].Groups)];
        var serbianHall = new BallotBatchRecorded(electorate.Id, electorate.SessionId, Guid.NewGuid(), BatchKind.ShowOfHands, 3, 0, 0, "community", "serbian", "", Actor.Operator, Given.Now);

        var (without, _) = BallotTally.Count(rule, electorate, BallotSecrecy.Public, online);
        var (with, breakdown) = BallotTally.Count(rule, electorate, BallotSecrecy.Public, [.. online, .. TalliedVote.Of(serbianHall)]);

        Assert.False(without.Adopted);
        Assert.True(with.Adopted);
        Assert.Equal((4, 3, 1, true), breakdown.Where(g => g.Value == "serbian").Select(g => (g.Voted, g.Yes, g.No, g.Held)).Single());
    }
}
