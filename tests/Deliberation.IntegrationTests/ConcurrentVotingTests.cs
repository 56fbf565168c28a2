using Deliberation.Api.V1;
using Deliberation.IntegrationTests.Infrastructure;
using Grpc.Core;
using static Deliberation.IntegrationTests.Infrastructure.Requests;

namespace Deliberation.IntegrationTests;

/// <summary>Votes cast at once, over several connections, while the ballot closes: each acknowledged vote counts once.</summary>
public class ConcurrentVotingTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private const int VoterCount = 200;
    private const int Connections = 8;

    [Fact]
    public async Task The_count_is_exactly_the_votes_acknowledged_before_the_close()
    {
        var (room, ballotId) = await BallotWithVotersAsync();
        var acknowledged = 0;
        var closing = new TaskCompletionSource();

        async Task<VoteChoice?> CastAsync(Person voter, int index, BallotService.BallotServiceClient client)
        {
            var choice = (VoteChoice)(index % 3 + 1);
            try
            {
                await client.CastVoteAsync(Vote(ballotId, choice), Bearer(voter));
                if (Interlocked.Increment(ref acknowledged) == VoterCount / 3) closing.TrySetResult();
                return choice;
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.FailedPrecondition && e.Reason() == "BALLOT_CLOSED")
            {
                return null;
            }
        }

        var clients = SharedConnections();
        var votes = Voters(room).Select((voter, i) => CastAsync(voter, i, clients[i % Connections])).ToList();
        await closing.Task;
        var closed = (await room["moderator"].Api.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballotId })).Ballot;
        var choices = (await Task.WhenAll(votes)).OfType<VoteChoice>().ToList();

        Assert.Equal(choices.Count(c => c == VoteChoice.Yes), closed.Result.Yes);
        Assert.Equal(choices.Count(c => c == VoteChoice.No), closed.Result.No);
        Assert.Equal(choices.Count(c => c == VoteChoice.Abstain), closed.Result.Abstain);
        Assert.InRange(choices.Count, VoterCount / 3, VoterCount);
    }

    [Fact]
    public async Task Voters_casting_at_once_and_retrying_are_each_counted_once()
    {
        var (room, ballotId) = await BallotWithVotersAsync();
        var clients = SharedConnections();
        var votes = Voters(room).Select((voter, i) => (Voter: voter, Request: Vote(ballotId, VoteChoice.Yes), Client: clients[i % Connections])).ToList();

        // Every vote is sent twice at once, as a client that timed out and retried would.
        await Task.WhenAll(votes.Concat(votes).Select(v => v.Client.CastVoteAsync(v.Request, Bearer(v.Voter)).ResponseAsync));
        var closed = (await room["moderator"].Api.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballotId })).Ballot;

        Assert.Equal(VoterCount, closed.Result.Yes);
    }

    private async Task<(Room, string)> BallotWithVotersAsync()
    {
        var room = await Room.WithVotersAsync(engine, Enumerable.Range(0, VoterCount).Select(i => $"voter-{i}").ToArray());
        var (_, ballot) = await room.ProposalWithBallotAsync();
        return (room, ballot.BallotId);
    }

    private static IEnumerable<Person> Voters(Room room) => room.People.Where(p => p.Name.StartsWith("voter-"));

    // Many voters share a few connections, as they would behind a front end; each call carries its voter's token.
    private BallotService.BallotServiceClient[] SharedConnections() =>
        Enumerable.Range(0, Connections).Select(_ => new BallotService.BallotServiceClient(Channels.For(engine.Server.Address, null))).ToArray();

    private static Metadata Bearer(Person voter) => new() { { "Authorization", $"Bearer {voter.Token}" } };
}
