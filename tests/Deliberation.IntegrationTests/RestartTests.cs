using Deliberation.Api.V1;
using Deliberation.IntegrationTests.Infrastructure;
using Deliberation.Server.Hosting;
using Grpc.Net.Client;
using static Deliberation.IntegrationTests.Infrastructure.Requests;

namespace Deliberation.IntegrationTests;

/// <summary>What was recorded is there after the server, and its embedded PostgreSQL, start again.</summary>
public class RestartTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task A_restarted_server_finds_the_session_and_the_result_intact()
    {
        var session = (await engine.Sessions.CreateSessionAsync(CreateSession())).Session;
        var proposal = (await engine.Proposals.SubmitProposalAsync(SubmitProposal(session.SessionId))).Proposal;
        var ballot = (await engine.Ballots.OpenBallotAsync(new OpenBallotRequest { RequestId = NewId(), ProposalId = proposal.ProposalId })).Ballot;
        await engine.Ballots.CastVoteAsync(Vote(ballot.BallotId, "arta", VoteChoice.No));
        var closed = (await engine.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballot.BallotId })).Ballot;

        await engine.RestartAsync();

        Assert.Equal(session, (await engine.Sessions.GetSessionAsync(new GetSessionRequest { SessionId = session.SessionId })).Session);
        Assert.Equal(closed, (await engine.Ballots.GetBallotAsync(new GetBallotRequest { BallotId = ballot.BallotId })).Ballot);
    }

    [Fact]
    public async Task The_embedded_postgresql_keeps_its_data_across_restarts()
    {
        var folder = TestCluster.NewDataFolder();
        var options = new ServerOptions { DataDirectory = folder, Port = 0, WebPort = 0 };
        Session created;
        await using (var first = await DeliberationServer.StartAsync(options))
        {
            using var channel = GrpcChannel.ForAddress(first.Address);
            created = (await new SessionService.SessionServiceClient(channel).CreateSessionAsync(CreateSession())).Session;
        }

        await using var second = await DeliberationServer.StartAsync(options);
        using var again = GrpcChannel.ForAddress(second.Address);
        var read = await new SessionService.SessionServiceClient(again).GetSessionAsync(new GetSessionRequest { SessionId = created.SessionId });

        Assert.Equal(created, read.Session);
    }
}
