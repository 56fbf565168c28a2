using Deliberation.Api.V1;
using Deliberation.IntegrationTests.Infrastructure;
using Grpc.Core;
using Grpc.Net.Client;
using static Deliberation.IntegrationTests.Infrastructure.Requests;

namespace Deliberation.IntegrationTests;

/// <summary>Votes cast at once, over several connections, while the ballot closes: each acknowledged vote counts once.</summary>
public class ConcurrentVotingTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private const int Voters = 300;

    [Fact]
    public async Task The_count_is_exactly_the_votes_acknowledged_before_the_close()
    {
        var ballotId = await OpenBallotAsync();
        var channels = Enumerable.Range(0, 8).Select(_ => GrpcChannel.ForAddress(engine.Server.Address)).ToArray();
        var acknowledged = 0;
        var closing = new TaskCompletionSource();

        async Task<VoteChoice?> CastAsync(int voter)
        {
            var choice = (VoteChoice)(voter % 3 + 1);
            var client = new BallotService.BallotServiceClient(channels[voter % channels.Length]);
            try
            {
                await client.CastVoteAsync(Vote(ballotId, $"voter-{voter}", choice));
                if (Interlocked.Increment(ref acknowledged) == Voters / 3) closing.TrySetResult();
                return choice;
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.FailedPrecondition && e.Reason() == "BALLOT_CLOSED")
            {
                return null;
            }
        }

        var votes = Enumerable.Range(0, Voters).Select(CastAsync).ToList();
        await closing.Task;
        var closed = (await engine.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballotId })).Ballot;
        var choices = (await Task.WhenAll(votes)).OfType<VoteChoice>().ToList();

        Assert.Equal(choices.Count(c => c == VoteChoice.Yes), closed.Result.Yes);
        Assert.Equal(choices.Count(c => c == VoteChoice.No), closed.Result.No);
        Assert.Equal(choices.Count(c => c == VoteChoice.Abstain), closed.Result.Abstain);
        Assert.InRange(choices.Count, Voters / 3, Voters);
        foreach (var channel in channels) channel.Dispose();
    }

    [Fact]
    public async Task Voters_casting_at_once_and_retrying_are_each_counted_once()
    {
        var ballotId = await OpenBallotAsync();
        var votes = Enumerable.Range(0, Voters).Select(voter => Vote(ballotId, $"voter-{voter}", VoteChoice.Yes)).ToList();

        // Every vote is sent twice at once, as a client that timed out and retried would.
        await Task.WhenAll(votes.Concat(votes).Select(v => engine.Ballots.CastVoteAsync(v).ResponseAsync));
        var closed = (await engine.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballotId })).Ballot;

        Assert.Equal(Voters, closed.Result.Yes);
    }

    private async Task<string> OpenBallotAsync()
    {
        var session = (await engine.Sessions.CreateSessionAsync(CreateSession())).Session;
        var proposal = (await engine.Proposals.SubmitProposalAsync(SubmitProposal(session.SessionId))).Proposal;
        return (await engine.Ballots.OpenBallotAsync(new OpenBallotRequest { RequestId = NewId(), ProposalId = proposal.ProposalId })).Ballot.BallotId;
    }
}
