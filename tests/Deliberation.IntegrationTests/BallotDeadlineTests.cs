using Deliberation.Api.V1;
using Deliberation.IntegrationTests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using static Deliberation.IntegrationTests.Infrastructure.Requests;

namespace Deliberation.IntegrationTests;

/// <summary>A ballot's deadline closes it by itself, as a moderator would, also when the engine restarted in between.</summary>
public class BallotDeadlineTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task A_secret_ballot_closes_at_its_deadline_across_a_restart_counts_what_was_cast_and_takes_nothing_after()
    {
        var room = await Room.WithVotersAsync(engine, "arta", "milan");
        var proposal = await room.SubmitAsync("moderator");
        await room.EnterVotingPhaseAsync();
        var closesAt = engine.Clock.GetUtcNow().AddSeconds(3);
        var ballot = (await room["moderator"].Api.Ballots.OpenBallotAsync(new OpenBallotRequest
        {
            RequestId = NewId(), ProposalId = proposal.ProposalId, Secrecy = BallotSecrecy.Secret, ClosesAt = Timestamp.FromDateTimeOffset(closesAt),
        })).Ballot;
        var receipt = (await room["arta"].Api.Ballots.CastVoteAsync(Vote(ballot.BallotId, VoteChoice.Yes))).Receipt;

        await engine.RestartAsync();
        var milan = engine.As(room["milan"].Token);
        var closed = await WaitForCloseAsync(milan, ballot.BallotId);

        Assert.Equal((1, 0), (closed.Result.Yes, closed.Result.No));
        Assert.True(closed.ClosedAt.ToDateTimeOffset() >= closesAt);
        Assert.Equal(Timestamp.FromDateTimeOffset(closesAt), closed.ClosesAt);
        Assert.Equal("BALLOT_CLOSED", (await Errors.CatchAsync(milan.Ballots.CastVoteAsync(Vote(ballot.BallotId, VoteChoice.No)))).Reason());
        var record = await milan.Ballots.GetBallotRecordAsync(new GetBallotRecordRequest { BallotId = ballot.BallotId });
        Assert.Equal(receipt, Assert.Single(record.Votes).Receipt);
        Assert.False(File.Exists(Path.Combine(engine.DataDirectory, "ballot-keys", $"{Guid.Parse(ballot.BallotId):N}.key")));
    }

    [Fact]
    public async Task A_deadline_that_is_not_in_the_future_is_refused()
    {
        var room = await Room.WithVotersAsync(engine, "arta");
        var proposal = await room.SubmitAsync("moderator");
        await room.EnterVotingPhaseAsync();

        var error = await Errors.CatchAsync(room["moderator"].Api.Ballots.OpenBallotAsync(new OpenBallotRequest
        {
            RequestId = NewId(), ProposalId = proposal.ProposalId, ClosesAt = Timestamp.FromDateTimeOffset(engine.Clock.GetUtcNow().AddSeconds(-1)),
        }));

        Assert.Equal("DEADLINE_PASSED", error.Reason());
    }

    private static async Task<Ballot> WaitForCloseAsync(Clients api, string ballotId)
    {
        // Bounded: the deadline is 3 s away and the schedule looks twice a second.
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var ballot = (await api.Ballots.GetBallotAsync(new GetBallotRequest { BallotId = ballotId })).Ballot;
            if (ballot.Status == BallotStatus.Closed) return ballot;
            await Task.Delay(200);
        }
        throw new Xunit.Sdk.XunitException("The ballot did not close within 20 s of its deadline.");
    }
}
