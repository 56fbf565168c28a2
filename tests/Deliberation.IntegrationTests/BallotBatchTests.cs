using Deliberation.Api.V1;
using Deliberation.IntegrationTests.Infrastructure;
using Grpc.Core;
using static Deliberation.IntegrationTests.Infrastructure.Requests;

namespace Deliberation.IntegrationTests;

/// <summary>A hybrid room over gRPC: votes counted on paper or by a show of hands join the online votes in one result.</summary>
public class BallotBatchTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private static RecordBallotBatchRequest Batch(string ballotId, BatchKind kind, int yes, int no, int abstain, string dimension = "", string value = "") => new()
    {
        RequestId = NewId(), BallotId = ballotId, Kind = kind, Yes = yes, No = no, Abstain = abstain, Note = "hall B", Dimension = dimension, Value = value,
    };

    [Fact]
    public async Task Online_votes_a_paper_batch_and_a_show_of_hands_end_in_one_result_marked_as_such()
    {
        var room = await Room.WithVotersAsync(engine, "arta", "milan");
        var (_, ballot) = await room.ProposalWithBallotAsync();
        var moderator = room["moderator"].Api.Ballots;
        await room["arta"].Api.Ballots.CastVoteAsync(Vote(ballot.BallotId, VoteChoice.No));
        await room["milan"].Api.Ballots.CastVoteAsync(Vote(ballot.BallotId, VoteChoice.No));
        await moderator.RecordBallotBatchAsync(Batch(ballot.BallotId, BatchKind.Paper, 2, 1, 0));
        await moderator.RecordBallotBatchAsync(Batch(ballot.BallotId, BatchKind.ShowOfHands, 3, 0, 1));

        var closed = (await moderator.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballot.BallotId })).Ballot;
        var record = await room["arta"].Api.Ballots.GetBallotRecordAsync(new GetBallotRecordRequest { BallotId = ballot.BallotId });

        Assert.Equal((5, 3, 1, true), (closed.Result.Yes, closed.Result.No, closed.Result.Abstain, closed.Result.Adopted));
        Assert.Equal((2, 2, 7), (closed.Turnout.Electors, closed.Turnout.Voted, closed.Turnout.CountedInRoom));
        Assert.Equal([(BatchKind.Paper, 3, 2, 1), (BatchKind.ShowOfHands, 4, 3, 0)], record.Ballot.Batches.Select(b => (b.Kind, b.Votes, b.Yes, b.No)));
        // The record recounts to the result: the online votes listed one by one, and the batches.
        Assert.Equal(closed.Result.Yes, record.Votes.Count(v => v.Choice == VoteChoice.Yes) + record.Ballot.Batches.Sum(b => b.Yes));
        Assert.Equal(closed.Result.No, record.Votes.Count(v => v.Choice == VoteChoice.No) + record.Ballot.Batches.Sum(b => b.No));
    }

    [Fact]
    public async Task On_a_ballot_with_results_hidden_a_batch_shows_how_many_votes_it_holds_but_not_how_they_went_until_close()
    {
        var room = await Room.WithVotersAsync(engine, "arta");
        var (_, ballot) = await room.ProposalWithBallotAsync(secrecy: BallotSecrecy.ResultsHidden);
        var moderator = room["moderator"].Api.Ballots;

        var recorded = (await moderator.RecordBallotBatchAsync(Batch(ballot.BallotId, BatchKind.Paper, 4, 1, 0))).Ballot.Batches.Single();
        var seen = (await room["arta"].Api.Ballots.GetBallotAsync(new GetBallotRequest { BallotId = ballot.BallotId })).Ballot.Batches.Single();
        var closed = (await moderator.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballot.BallotId })).Ballot.Batches.Single();

        Assert.Equal((5, 0, 0), (recorded.Votes, recorded.Yes, recorded.No));
        Assert.Equal((5, 0, 0), (seen.Votes, seen.Yes, seen.No));
        Assert.Equal((5, 4, 1), (closed.Votes, closed.Yes, closed.No));
    }

    [Fact]
    public async Task A_bad_batch_or_one_after_close_is_refused_and_records_nothing()
    {
        var room = await Room.WithVotersAsync(engine, "arta");
        var (_, ballot) = await room.ProposalWithBallotAsync();
        var moderator = room["moderator"].Api.Ballots;
        var events = await engine.CountEventsAsync();

        var empty = await Errors.CatchAsync(moderator.RecordBallotBatchAsync(Batch(ballot.BallotId, BatchKind.Paper, 0, 0, 0)));
        var negative = await Errors.CatchAsync(moderator.RecordBallotBatchAsync(Batch(ballot.BallotId, BatchKind.Paper, -1, 2, 0)));
        var noKind = await Errors.CatchAsync(moderator.RecordBallotBatchAsync(Batch(ballot.BallotId, BatchKind.Unspecified, 1, 0, 0)));
        var unknownGroup = await Errors.CatchAsync(moderator.RecordBallotBatchAsync(Batch(ballot.BallotId, BatchKind.Paper, 1, 0, 0, "community", "north")));
        var halfGroup = await Errors.CatchAsync(moderator.RecordBallotBatchAsync(Batch(ballot.BallotId, BatchKind.Paper, 1, 0, 0, "community")));
        var byVoter = await Errors.CatchAsync(room["arta"].Api.Ballots.RecordBallotBatchAsync(Batch(ballot.BallotId, BatchKind.Paper, 1, 0, 0)));
        Assert.Equal(events, await engine.CountEventsAsync());
        await moderator.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballot.BallotId });
        var late = await Errors.CatchAsync(moderator.RecordBallotBatchAsync(Batch(ballot.BallotId, BatchKind.Paper, 1, 0, 0)));

        Assert.Equal(["yes"], empty.ViolatedFields());
        Assert.Equal(["yes"], negative.ViolatedFields());
        Assert.Equal(["kind"], noKind.ViolatedFields());
        Assert.Equal(["group"], unknownGroup.ViolatedFields());
        Assert.Equal(["dimension"], halfGroup.ViolatedFields());
        Assert.Equal(StatusCode.PermissionDenied, byVoter.StatusCode);
        Assert.Equal((StatusCode.FailedPrecondition, "BALLOT_CLOSED"), (late.StatusCode, late.Reason()));
    }
}
