using Deliberation.Api.V1;
using Deliberation.IntegrationTests.Infrastructure;
using Grpc.Core;
using static Deliberation.IntegrationTests.Infrastructure.Requests;

namespace Deliberation.IntegrationTests;

/// <summary>Thousands of voters over many connections, while the ballot closes: each acknowledged vote counts once, as last acknowledged.</summary>
public class ConcurrentVotingTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private const int VoterCount = 2000;
    private const int Connections = 32;

    [Fact]
    public async Task Votes_cast_changed_and_retried_while_the_ballot_closes_count_exactly_as_last_acknowledged()
    {
        var room = await Room.WithManyVotersAsync(engine, VoterCount);
        var (_, ballot) = await room.ProposalWithBallotAsync(changesAllowed: true);
        var acknowledged = 0;
        var closing = new TaskCompletionSource();

        // Each voter casts, sends the same request again at once (a client that timed out and retried),
        // then changes their vote and retries that too. The last choice acknowledged is the one that must count.
        async Task<VoteChoice?> VoteAsync(Person voter, int index, BallotService.BallotServiceClient client)
        {
            VoteChoice first = (VoteChoice)(index % 3 + 1), second = (VoteChoice)((index + 1) % 3 + 1);
            VoteChoice? standing = null;
            try
            {
                var cast = Vote(ballot.BallotId, first);
                var answers = await Task.WhenAll(client.CastVoteAsync(cast, Bearer(voter)).ResponseAsync, client.CastVoteAsync(cast, Bearer(voter)).ResponseAsync);
                Assert.Equal(answers[0], answers[1]);
                standing = first;
                if (Interlocked.Increment(ref acknowledged) == VoterCount / 2) closing.TrySetResult();
                var change = Vote(ballot.BallotId, second);
                var changed = await client.CastVoteAsync(change, Bearer(voter));
                standing = second;
                Assert.Equal(changed, await client.CastVoteAsync(change, Bearer(voter)));
                Assert.NotEqual(answers[0].Receipt, changed.Receipt);
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.FailedPrecondition && e.Reason() == "BALLOT_CLOSED")
            {
            }
            return standing;
        }

        var clients = SharedConnections();
        var votes = Voters(room).Select((voter, i) => VoteAsync(voter, i, clients[i % Connections])).ToList();
        await closing.Task;
        var closed = (await room["moderator"].Api.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballot.BallotId })).Ballot;
        var standing = (await Task.WhenAll(votes)).OfType<VoteChoice>().ToList();

        Assert.Equal(
            (standing.Count(c => c == VoteChoice.Yes), standing.Count(c => c == VoteChoice.No), standing.Count(c => c == VoteChoice.Abstain)),
            (closed.Result.Yes, closed.Result.No, closed.Result.Abstain));
        Assert.InRange(standing.Count, VoterCount / 2, VoterCount);
        Assert.Equal(standing.Count, closed.VotesStanding);
    }

    [Fact]
    public async Task Voters_casting_at_once_and_retrying_are_each_counted_once()
    {
        var room = await Room.WithManyVotersAsync(engine, 200);
        var (_, ballot) = await room.ProposalWithBallotAsync();
        var clients = SharedConnections();
        var votes = Voters(room).Select((voter, i) => (Voter: voter, Request: Vote(ballot.BallotId, VoteChoice.Yes), Client: clients[i % Connections])).ToList();

        // Every vote is sent twice at once, as a client that timed out and retried would.
        await Task.WhenAll(votes.Concat(votes).Select(v => v.Client.CastVoteAsync(v.Request, Bearer(v.Voter)).ResponseAsync));
        var closed = (await room["moderator"].Api.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballot.BallotId })).Ballot;

        Assert.Equal(200, closed.Result.Yes);
    }

    private static IEnumerable<Person> Voters(Room room) => room.People.Where(p => p.Name.StartsWith("voter-"));

    // Many voters share a few connections, as they would behind a front end; each call carries its voter's token.
    private BallotService.BallotServiceClient[] SharedConnections() =>
        Enumerable.Range(0, Connections).Select(_ => new BallotService.BallotServiceClient(Channels.For(engine.Server.Address, null))).ToArray();

    private static Metadata Bearer(Person voter) => new() { { "Authorization", $"Bearer {voter.Token}" } };
}
